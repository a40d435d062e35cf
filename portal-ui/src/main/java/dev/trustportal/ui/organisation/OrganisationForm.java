package dev.trustportal.ui.organisation;

import dev.trustportal.ui.component.NameForm;

/** Asks for the name of a new organisation. Knows no service: it fires events. */
class OrganisationForm extends NameForm {

  private static final long serialVersionUID = 1L;

  OrganisationForm() {
    super("organisation.form", "org");
    layOut();
  }
}
