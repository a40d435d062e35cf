package dev.trustportal.portal.token;

/**
 * Why a presented token was not accepted, in words for the client. Expired and revoked are only
 * told to whoever presents the right secret; a wrong secret is "not valid", like an unknown ID.
 */
public enum TokenRefusal {
  MALFORMED("The token is not a Trust Portal API token (expected tp_<id>_<secret>)."),
  NOT_VALID("The API token is not valid."),
  EXPIRED("The API token has expired; create a new one."),
  REVOKED("The API token has been revoked."),
  ACCOUNT_DISABLED("The account of this API token is disabled."),
  WRONG_USER("The API token does not belong to this username.");

  private final String message;

  TokenRefusal(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
