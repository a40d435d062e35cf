package dev.trustportal.ui.membership;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.ui.component.DialogForm;
import java.util.List;
import java.util.function.Function;

/**
 * Asks for the username and role of a new member, offering the usernames {@code lookup} suggests
 * for what is typed (any other name may be typed too) and saying what the chosen role may do. Knows
 * no service: it fires events.
 */
class MemberForm extends DialogForm {

  private static final long serialVersionUID = 1L;

  private final ComboBox<String> username = new ComboBox<>();
  private final Select<MemberRole> role = new Select<>();

  MemberForm(Function<String, List<String>> lookup) {
    username.setId("member-username-field");
    username.setLabel(getTranslation("member.form.username"));
    username.setHelperText(getTranslation("member.form.username.helper"));
    username.setAllowCustomValue(true);
    username.addCustomValueSetListener(event -> username.setValue(event.getDetail()));
    username.setItems(
        query ->
            lookup.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
    judgedByService(username);
    username.setWidthFull();

    role.setId("member-role-select");
    role.setLabel(getTranslation("member.form.role"));
    role.setItems(MemberRole.values());
    role.setItemLabelGenerator(r -> getTranslation(MembersView.roleKey(r)));
    role.addValueChangeListener(event -> role.setHelperText(describe(event.getValue())));
    role.setValue(MemberRole.VIEWER);
    role.setWidthFull();

    Button add =
        primaryButton(
            "member.form.add",
            "add-member-confirm",
            () -> fireEvent(new AddEvent(this, username.getValue(), role.getValue())));
    add.addClickShortcut(Key.ENTER);

    add(username, role, actions(add, "member.form.cancel", "cancel-member-button"));
  }

  /** What a member in the role may do, in a sentence. */
  static String describe(MemberRole role) {
    return role == null ? "" : UI.getCurrent().getTranslation("member.role.does." + role.name());
  }

  void focusUsername() {
    username.focus();
  }

  void showError(String message) {
    showVerdict(username, message);
    username.focus();
  }

  Registration addAddListener(ComponentEventListener<AddEvent> listener) {
    return addListener(AddEvent.class, listener);
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
}
