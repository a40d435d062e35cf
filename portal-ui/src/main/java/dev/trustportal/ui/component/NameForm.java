package dev.trustportal.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for the name of something new (an organisation, a repository). The texts come from the
 * bundle keys {@code <keys>.name}, {@code .name.helper}, {@code .create} and {@code .cancel}; the
 * element ids are {@code <ids>-name-field}, {@code create-<ids>-button} and {@code
 * cancel-<ids>-button}. The service is the judge of a valid name: the field only shows its verdict.
 */
public class NameForm extends DialogForm {

  private static final long serialVersionUID = 1L;

  private final TextField name = new TextField();
  private final Button create;
  private final String keys;
  private final String ids;
  private final ShortcutRegistration submitOnEnter;

  public NameForm(String keys, String ids, Object... helperArguments) {
    name.setId(ids + "-name-field");
    name.setLabel(getTranslation(keys + ".name"));
    name.setHelperText(getTranslation(keys + ".name.helper", helperArguments));
    judgedByService(name);
    name.setWidthFull();
    this.keys = keys;
    this.ids = ids;

    create =
        primaryButton(
            keys + ".create",
            "create-" + ids + "-button",
            () -> fireEvent(new CreateEvent(this, name.getValue())));
    submitOnEnter = create.addClickShortcut(Key.ENTER);
  }

  /** Lays the form out: the name, then what a subclass adds, then the buttons. */
  protected void layOut(Component... between) {
    add(name);
    add(between);
    add(actions(create, keys + ".cancel", "cancel-" + ids + "-button"));
  }

  protected TextField nameField() {
    return name;
  }

  protected Button createButton() {
    return create;
  }

  /**
   * Enter submits the form from anywhere in it; a form with multi-line fields, where Enter starts a
   * new line, narrows that to these fields.
   */
  protected void submitOnEnterOnlyIn(Component... fields) {
    submitOnEnter.listenOn(fields);
  }

  public void focusName() {
    name.focus();
  }

  public void showNameError(String message) {
    showVerdict(name, message);
    name.focus();
  }

  public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  /** The user asked to create something with this name. */
  public static final class CreateEvent extends ComponentEvent<NameForm> {

    private static final long serialVersionUID = 1L;
    private final String name;

    CreateEvent(NameForm source, String name) {
      super(source, false);
      this.name = name;
    }

    public String name() {
      return name;
    }
  }
}
