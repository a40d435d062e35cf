package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** A security key name that is blank or longer than 64 characters. */
public final class InvalidSecurityKeyNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidSecurityKeyNameException(String name) {
    super(
        "invalid_security_key_name",
        "'"
            + name
            + "' is no name for a security key: use 1 to 64 characters,"
            + " such as 'blue YubiKey'.",
        String.valueOf(name));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
