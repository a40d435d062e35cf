package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** A display name longer than the column holds. */
public final class InvalidDisplayNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  InvalidDisplayNameException(int length) {
    super(
        "invalid_display_name",
        "The display name has "
            + length
            + " characters, more than the "
            + AccountService.MAX_DISPLAY_NAME_LENGTH
            + " allowed: shorten it.",
        length,
        AccountService.MAX_DISPLAY_NAME_LENGTH);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
