package dev.trustportal.ui.organisation;

import com.vaadin.flow.component.textfield.TextField;
import dev.trustportal.ui.component.NameForm;

/**
 * Asks for the name of a new organisation and, optionally, the account of its first owner (empty:
 * the platform admin who creates it). Knows no service: it fires events.
 */
class OrganisationForm extends NameForm {

  private static final long serialVersionUID = 1L;

  private final TextField firstOwner = new TextField();

  OrganisationForm() {
    super("organisation.form", "org");
    firstOwner.setId("org-owner-field");
    firstOwner.setLabel(getTranslation("organisation.form.owner"));
    firstOwner.setHelperText(getTranslation("organisation.form.owner.helper"));
    firstOwner.setWidthFull();
    judgedByService(firstOwner);
    layOut(firstOwner);
  }

  String firstOwner() {
    return firstOwner.getValue();
  }

  void showOwnerError(String message) {
    showVerdict(firstOwner, message);
    firstOwner.focus();
  }
}
