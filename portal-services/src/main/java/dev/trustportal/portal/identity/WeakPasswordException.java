package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** A proposed password that is too short to resist guessing, or absurdly long. */
public final class WeakPasswordException extends PortalException {

  private static final long serialVersionUID = 1L;

  WeakPasswordException(int length) {
    super(
        "weak_password",
        "The password has "
            + length
            + " characters; use "
            + AccountService.MIN_PASSWORD_LENGTH
            + " to "
            + AccountService.MAX_PASSWORD_LENGTH
            + " (a passphrase of several words is easy to remember).",
        length,
        AccountService.MIN_PASSWORD_LENGTH,
        AccountService.MAX_PASSWORD_LENGTH);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
