package dev.trustportal.api.identity;

/** The body of a request to create an account: {@code {"username", "password", "displayName"}}. */
public record CreateUserJson(String username, String password, String displayName) {

  @Override
  public String toString() {
    return "CreateUserJson[username=" + username + ", displayName=" + displayName + "]";
  }
}
