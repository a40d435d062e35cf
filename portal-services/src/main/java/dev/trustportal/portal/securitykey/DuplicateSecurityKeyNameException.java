package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** The caller has a security key of that name, or registered that very credential, already. */
public final class DuplicateSecurityKeyNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateSecurityKeyNameException(String name) {
    super(
        "duplicate_security_key",
        "You have a security key named '"
            + name
            + "' or registered this key"
            + " already: choose another name, or another key.",
        name);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
