package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** A proposed username outside the accepted pattern. */
public final class InvalidUsernameException extends PortalException {

  private static final long serialVersionUID = 1L;

  InvalidUsernameException(String value) {
    super(
        "invalid_username",
        "Username '"
            + value
            + "' is not valid: use 2 to 63 characters, lowercase letters, digits, '.', '_' or '-',"
            + " starting with a letter or digit (for example 'alice.smith').",
        value);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
