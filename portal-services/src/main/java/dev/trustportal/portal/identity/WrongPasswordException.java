package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** The current password given to change it is not the account's. */
public final class WrongPasswordException extends PortalException {

  private static final long serialVersionUID = 1L;

  WrongPasswordException() {
    super("wrong_password", "The current password is not correct; the password was not changed.");
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
