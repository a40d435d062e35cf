package dev.trustportal.ui.membership;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.portal.membership.MemberRole;

/** Asks for the username and role of a new member. Knows no service: it fires events. */
class MemberForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final TextField username = new TextField();
  private final Select<MemberRole> role = new Select<>();

  MemberForm() {
    username.setId("member-username-field");
    username.setLabel(getTranslation("member.form.username"));
    // The service is the judge; the field only shows its verdict.
    username.setManualValidation(true);
    username.addValueChangeListener(event -> username.setInvalid(false));
    username.setWidthFull();

    role.setId("member-role-select");
    role.setLabel(getTranslation("member.form.role"));
    role.setItems(MemberRole.values());
    role.setItemLabelGenerator(r -> getTranslation(MembersView.roleKey(r)));
    role.setValue(MemberRole.VIEWER);
    role.setWidthFull();

    Button add = new Button(getTranslation("member.form.add"));
    add.setId("add-member-confirm");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickShortcut(Key.ENTER);
    add.addClickListener(event -> fireEvent(new AddEvent(this, username.getValue(), role.getValue())));

    Button cancel = new Button(getTranslation("member.form.cancel"));
    cancel.setId("cancel-member-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));

    add(username, role, new HorizontalLayout(add, cancel));
  }

  void focusUsername() {
    username.focus();
  }

  void showError(String message) {
    username.setErrorMessage(message);
    username.setInvalid(true);
    username.focus();
  }

  Registration addAddListener(ComponentEventListener<AddEvent> listener) {
    return addListener(AddEvent.class, listener);
  }

  Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user asked to add this person in this role. */
  static final class AddEvent extends ComponentEvent<MemberForm> {

    private static final long serialVersionUID = 1L;
    private final String username;
    private final MemberRole role;

    AddEvent(MemberForm source, String username, MemberRole role) {
      super(source, false);
      this.username = username;
      this.role = role;
    }

    String username() {
      return username;
    }

    MemberRole role() {
      return role;
    }
  }

  /** The user gave up. */
  static final class CancelEvent extends ComponentEvent<MemberForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(MemberForm source) {
      super(source, false);
    }
  }
}
