package dev.trustportal.ui.repository;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.ui.component.DialogForm;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Asks how many of a role's keys must sign: a whole number from 1 to the number of keys. The bounds
 * guide the step buttons; the service is the judge of what it accepts.
 */
class ThresholdForm extends DialogForm {

  private static final long serialVersionUID = 1L;

  private final IntegerField threshold = new IntegerField();

  private final Paragraph impact = new Paragraph();

  /**
   * @param wouldStopVerifying for a threshold, the tags that verify now and would not with it
   */
  ThresholdForm(String role, int current, int keys, IntFunction<List<String>> wouldStopVerifying) {
    setResponsiveSteps(new ResponsiveStep("0", 1));
    threshold.setId("threshold-field");
    threshold.setLabel(getTranslation("threshold.form.threshold", role));
    threshold.setHelperText(getTranslation("threshold.form.helper", keys));
    threshold.setMin(1);
    threshold.setMax(keys);
    threshold.setStepButtonsVisible(true);
    judgedByService(threshold);
    impact.setId("threshold-impact");
    threshold.addValueChangeListener(
        event -> showImpact(event.getValue(), current, wouldStopVerifying));
    threshold.setValue(current);

    // An empty field asks for 0, which the service refuses with the range it accepts.
    Button change =
        primaryButton(
            "threshold.form.change",
            "file-threshold-button",
            () -> fireEvent(new ChangeEvent(this, threshold.getOptionalValue().orElse(0))));
    change.addClickShortcut(Key.ENTER);
    add(threshold, impact, actions(change, "threshold.form.cancel", "cancel-threshold-button"));
  }

  /** Before anything is filed: which tags the new threshold would stop verifying, in words. */
  private void showImpact(
      Integer value, int current, IntFunction<List<String>> wouldStopVerifying) {
    if (value == null || value == current) {
      impact.setText("");
      return;
    }
    List<String> tags = wouldStopVerifying.apply(value);
    impact.setText(
        tags.isEmpty()
            ? getTranslation("threshold.impact.none", value)
            : getTranslation("threshold.impact.tags", value, String.join(", ", tags), tags.size()));
    impact.setClassName("tp-secondary-text", tags.isEmpty());
    impact.setClassName("tp-error-text", !tags.isEmpty());
  }

  void focus() {
    threshold.focus();
  }

  void showError(String message) {
    showVerdict(threshold, message);
  }

  Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  /** The user asked for this threshold. */
  static final class ChangeEvent extends ComponentEvent<ThresholdForm> {

    private static final long serialVersionUID = 1L;
    private final int threshold;

    ChangeEvent(ThresholdForm source, int threshold) {
      super(source, false);
      this.threshold = threshold;
    }

    int threshold() {
      return threshold;
    }
  }
}
