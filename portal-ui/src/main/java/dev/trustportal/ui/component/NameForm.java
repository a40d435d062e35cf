package dev.trustportal.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for the name of something new (an organisation, a repository). The texts come from the
 * bundle keys {@code <keys>.name}, {@code .name.helper}, {@code .create} and {@code .cancel}; the
 * element ids are {@code <ids>-name-field}, {@code create-<ids>-button} and {@code cancel-<ids>-button}.
 * The service is the judge of a valid name: the field only shows its verdict.
 */
public class NameForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final TextField name = new TextField();
  private final Button create;
  private final Button cancel;
  private final ShortcutRegistration submitOnEnter;

  public NameForm(String keys, String ids, Object... helperArguments) {
    name.setId(ids + "-name-field");
    name.setLabel(getTranslation(keys + ".name"));
    name.setHelperText(getTranslation(keys + ".name.helper", helperArguments));
    name.setManualValidation(true);
    name.addValueChangeListener(event -> name.setInvalid(false));
    name.setWidthFull();

    create = new Button(getTranslation(keys + ".create"));
    create.setId("create-" + ids + "-button");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submitOnEnter = create.addClickShortcut(Key.ENTER);
    create.addClickListener(event -> fireEvent(new CreateEvent(this, name.getValue())));

    cancel = new Button(getTranslation(keys + ".cancel"));
    cancel.setId("cancel-" + ids + "-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
  }

  /** Lays the form out: the name, then what a subclass adds, then the buttons. */
  protected void layOut(Component... between) {
    add(name);
    add(between);
    add(new HorizontalLayout(create, cancel));
  }

  protected TextField nameField() {
    return name;
  }

  protected Button createButton() {
    return create;
  }

  /**
   * Enter submits the form from anywhere in it; a form with multi-line fields, where Enter starts a new
   * line, narrows that to these fields.
   */
  protected void submitOnEnterOnlyIn(Component... fields) {
    submitOnEnter.listenOn(fields);
  }

  public void focusName() {
    name.focus();
  }

  public void showNameError(String message) {
    name.setErrorMessage(message);
    name.setInvalid(true);
    name.focus();
  }

  public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
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

  /** The user gave up. */
  public static final class CancelEvent extends ComponentEvent<NameForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(NameForm source) {
      super(source, false);
    }
  }
}
