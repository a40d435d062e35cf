package dev.trustportal.ui.organisation;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Asks for the name of a new organisation. Knows no service: it fires events. */
class OrganisationForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final TextField name = new TextField();

  OrganisationForm() {
    name.setId("org-name-field");
    name.setLabel(getTranslation("organisation.form.name"));
    name.setHelperText(getTranslation("organisation.form.name.helper"));
    // The service is the judge of a valid name; the field only shows its verdict.
    name.setManualValidation(true);
    name.addValueChangeListener(event -> name.setInvalid(false));
    name.setWidthFull();

    Button create = new Button(getTranslation("organisation.form.create"));
    create.setId("create-org-button");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickShortcut(Key.ENTER);
    create.addClickListener(event -> fireEvent(new CreateEvent(this, name.getValue())));

    Button cancel = new Button(getTranslation("organisation.form.cancel"));
    cancel.setId("cancel-org-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));

    add(name, new HorizontalLayout(create, cancel));
  }

  void focusName() {
    name.focus();
  }

  void showNameError(String message) {
    name.setErrorMessage(message);
    name.setInvalid(true);
    name.focus();
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user asked to create an organisation with this name. */
  static final class CreateEvent extends ComponentEvent<OrganisationForm> {

    private static final long serialVersionUID = 1L;
    private final String name;

    CreateEvent(OrganisationForm source, String name) {
      super(source, false);
      this.name = name;
    }

    String name() {
      return name;
    }
  }

  /** The user gave up. */
  static final class CancelEvent extends ComponentEvent<OrganisationForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(OrganisationForm source) {
      super(source, false);
    }
  }
}
