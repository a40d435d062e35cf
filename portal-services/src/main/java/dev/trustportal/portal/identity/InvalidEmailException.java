package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** An email address that is not one, or too long for the column. */
public final class InvalidEmailException extends PortalException {

  private static final long serialVersionUID = 1L;

  InvalidEmailException(String email) {
    super(
        "invalid_email",
        "'"
            + email
            + "' is not an email address: expected name@domain, at most "
            + AccountService.MAX_EMAIL_LENGTH
            + " characters.",
        email);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
