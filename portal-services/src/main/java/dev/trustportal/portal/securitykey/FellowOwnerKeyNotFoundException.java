package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** No other owner of the organisation has a security key with the ID. */
public final class FellowOwnerKeyNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  FellowOwnerKeyNotFoundException(String organisation, long id) {
    super(
        "security_key_not_found",
        "No other owner of " + organisation + " has a security key with ID " + id + ".",
        organisation,
        id);
  }

  @Override
  public String messageKey() {
    return "error.security_key_not_found.fellow_owner";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
