package dev.trustportal.portal.organisation;

import dev.trustportal.portal.common.PortalException;

/** An organisation with the requested name exists already. */
public final class DuplicateOrganisationException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateOrganisationException(OrganisationName name) {
    super(
        "duplicate_name",
        "An organisation named '" + name + "' exists already: choose another name.",
        name.value());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
