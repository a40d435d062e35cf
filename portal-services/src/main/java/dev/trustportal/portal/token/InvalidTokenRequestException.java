package dev.trustportal.portal.token;

import dev.trustportal.portal.common.PortalException;

/** A token cannot be created as asked; the message says what is wrong and what is expected. */
public final class InvalidTokenRequestException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** What was wrong; each has its own UI text. */
  public enum Reason {
    NAME,
    ROBOT_NAME,
    EXPIRY,
    ACCESS,
    REPOSITORIES
  }

  private final Reason reason;

  InvalidTokenRequestException(Reason reason, String englishMessage, Object... arguments) {
    super("invalid_token_request", englishMessage, arguments);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.invalid_token_request." + reason.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
