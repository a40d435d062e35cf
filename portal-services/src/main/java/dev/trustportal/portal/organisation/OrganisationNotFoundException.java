package dev.trustportal.portal.organisation;

import dev.trustportal.portal.common.PortalException;

/** No organisation has the given name. */
public final class OrganisationNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public OrganisationNotFoundException(String name) {
    super("not_found", "There is no organisation named '" + name + "'.", name);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
