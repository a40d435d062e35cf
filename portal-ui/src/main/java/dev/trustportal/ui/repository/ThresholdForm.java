package dev.trustportal.ui.repository;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;

/**
 * Asks how many of a role's keys must sign: a whole number from 1 to the number of keys. The bounds
 * guide the step buttons; the service is the judge of what it accepts.
 */
class ThresholdForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final IntegerField threshold = new IntegerField();

  ThresholdForm(String role, int current, int keys) {
    setResponsiveSteps(new ResponsiveStep("0", 1));
    threshold.setId("threshold-field");
    threshold.setLabel(getTranslation("threshold.form.threshold", role));
    threshold.setHelperText(getTranslation("threshold.form.helper", keys));
    threshold.setMin(1);
    threshold.setMax(keys);
    threshold.setStepButtonsVisible(true);
    threshold.setValue(current);
    threshold.setManualValidation(true);
    threshold.addValueChangeListener(event -> threshold.setInvalid(false));

    Button change = new Button(getTranslation("threshold.form.change"));
    change.setId("file-threshold-button");
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    change.addClickShortcut(Key.ENTER);
    // An empty field asks for 0, which the service refuses with the range it accepts.
    change.addClickListener(event -> fireEvent(new ChangeEvent(this, threshold.getOptionalValue().orElse(0))));
    Button cancel = new Button(getTranslation("threshold.form.cancel"));
    cancel.setId("cancel-threshold-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
    add(threshold, new HorizontalLayout(change, cancel));
  }

  void focus() {
    threshold.focus();
  }

  void showError(String message) {
    threshold.setErrorMessage(message);
    threshold.setInvalid(true);
  }

  Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
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

  /** The user gave up. */
  static final class CancelEvent extends ComponentEvent<ThresholdForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(ThresholdForm source) {
      super(source, false);
    }
  }
}
