package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** No security key of the caller has the ID (another person's keys are not found either). */
public final class SecurityKeyNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SecurityKeyNotFoundException(long id) {
    super("security_key_not_found", "You have no security key with ID " + id + ".", id);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
