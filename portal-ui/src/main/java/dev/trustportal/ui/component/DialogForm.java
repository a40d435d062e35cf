package dev.trustportal.ui.component;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A form shown in a dialog: fields, one primary action and Cancel. It knows no service: it fires
 * events, and the view that owns the dialog calls the service. The service is the judge of what the
 * user typed; the form's fields only show its verdict ({@link #judgedByService}, {@link
 * #showVerdict}).
 */
public abstract class DialogForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  /** The primary action's button; {@code onClick} fires the form's own event. */
  protected Button primaryButton(String textKey, String id, Runnable onClick) {
    Button button = new Button(getTranslation(textKey));
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> onClick.run());
    return button;
  }

  /** The row of buttons under the fields: the primary action, then Cancel. */
  protected HorizontalLayout actions(Button primary, String cancelTextKey, String cancelId) {
    Button cancel = new Button(getTranslation(cancelTextKey));
    cancel.setId(cancelId);
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
    return new HorizontalLayout(primary, cancel);
  }

  /**
   * No validation in the browser; a verdict shown by {@link #showVerdict} clears once the user
   * edits.
   */
  protected static <F extends HasValidation & HasValue<?, ?>> void judgedByService(F field) {
    field.setManualValidation(true);
    field.addValueChangeListener(event -> field.setInvalid(false));
  }

  protected static void showVerdict(HasValidation field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user gave up. */
  public static final class CancelEvent extends ComponentEvent<DialogForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(DialogForm source) {
      super(source, false);
    }
  }
}
