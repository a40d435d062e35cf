package dev.trustportal.ui.token;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.token.CreateToken;
import dev.trustportal.portal.token.TokenRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Asks for a new token's name, expiry, scope and access. Personal tokens choose an organisation (or
 * all of theirs); a robot's organisation is the page's. Knows no service: it fires events.
 */
class TokenForm extends FormLayout {

  private static final long serialVersionUID = 1L;
  private static final String ALL = "";

  private final TextField name = new TextField();
  private final IntegerField days = new IntegerField();
  private final Select<String> organisation = new Select<>();
  private final TextField repositories = new TextField();
  private final Select<TokenAccess> access = new Select<>();
  private final Span error = new Span();

  /**
   * @param organisations the choices of a personal token; {@code null} for a robot token
   */
  TokenForm(List<String> organisations) {
    name.setId("token-name-field");
    name.setLabel(
        getTranslation(organisations == null ? "token.form.robot-name" : "token.form.name"));
    name.setWidthFull();
    days.setId("token-days-field");
    days.setLabel(getTranslation("token.form.days"));
    days.setMin(1);
    days.setMax(TokenRules.MAX_DAYS);
    days.setValue(TokenRules.DEFAULT_DAYS);
    days.setStepButtonsVisible(true);
    access.setId("token-access-select");
    access.setLabel(getTranslation("token.form.access"));
    access.setItems(TokenAccess.values());
    access.setItemLabelGenerator(a -> getTranslation("token.access." + a.name()));
    access.setValue(TokenAccess.READ);
    repositories.setId("token-repositories-field");
    repositories.setLabel(getTranslation("token.form.repositories"));
    repositories.setHelperText(getTranslation("token.form.repositories.help"));
    add(name, days);
    if (organisations != null) {
      List<String> choices = new ArrayList<>(List.of(ALL));
      choices.addAll(organisations);
      organisation.setId("token-organisation-select");
      organisation.setLabel(getTranslation("token.form.organisation"));
      organisation.setItems(choices);
      organisation.setItemLabelGenerator(
          o -> o.isEmpty() ? getTranslation("token.form.all-organisations") : o);
      organisation.setValue(ALL);
      add(organisation);
    }
    error.setId("token-form-error");
    error.addClassName("tp-error-text");
    add(repositories, access, error, buttons());
  }

  private HorizontalLayout buttons() {
    Button create = new Button(getTranslation("token.form.create"));
    create.setId("create-token-confirm");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(event -> fireEvent(new CreateEvent(this, command())));
    Button cancel = new Button(getTranslation("token.form.cancel"));
    cancel.setId("cancel-token-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
    return new HorizontalLayout(create, cancel);
  }

  private CreateToken command() {
    List<String> names =
        Arrays.stream(repositories.getValue().split(","))
            .map(String::strip)
            .filter(n -> !n.isEmpty())
            .toList();
    String org =
        organisation.getValue() == null || organisation.getValue().isEmpty()
            ? null
            : organisation.getValue();
    TokenAccess chosen = access.getValue();
    return new CreateToken(
        name.getValue(), days.getValue(), org, names, chosen == null ? null : chosen.name());
  }

  void focusName() {
    name.focus();
  }

  /** The services' verdict, in the user's language. */
  void showError(String message) {
    error.setText(message);
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user asked for this token. */
  static final class CreateEvent extends ComponentEvent<TokenForm> {

    private static final long serialVersionUID = 1L;
    private final transient CreateToken command;

    CreateEvent(TokenForm source, CreateToken command) {
      super(source, false);
      this.command = command;
    }

    CreateToken command() {
      return command;
    }
  }

  /** The user gave up. */
  static final class CancelEvent extends ComponentEvent<TokenForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(TokenForm source) {
      super(source, false);
    }
  }
}
