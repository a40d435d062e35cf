package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** No repository known to the portal has the GUN a case names. */
public final class RepositoryForGunNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RepositoryForGunNotFoundException(String gun) {
    super("not_found", "No repository of any organisation has the GUN " + gun + ".", gun);
  }

  @Override
  public String messageKey() {
    return "error.not_found.repository_gun";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
