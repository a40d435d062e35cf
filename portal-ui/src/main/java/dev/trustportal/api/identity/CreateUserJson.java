package dev.trustportal.api.identity;

/**
 * The body of a request to create an account: {@code {"username", "displayName", "email", "password"}};
 * display name and email are optional.
 */
public record CreateUserJson(String username, String password, String displayName, String email) {

  @Override
  public String toString() {
    return "CreateUserJson[username=" + username + ", displayName=" + displayName + ", email=" + email + "]";
  }
}
