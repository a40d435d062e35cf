package dev.trustportal.portal.identity;

/**
 * The command to create a local account with no platform role. The values stay plain here so that
 * the service validates them once for every caller; {@code displayName} and {@code email} are
 * optional.
 */
public record CreateAccount(String username, String password, String displayName, String email) {

  public CreateAccount(String username, String password, String displayName) {
    this(username, password, displayName, null);
  }

  @Override
  public String toString() {
    // Keeps the password out of logs and exception messages.
    return "CreateAccount[username=" + username + ", displayName=" + displayName + "]";
  }
}
