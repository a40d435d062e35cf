package dev.trustportal.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a request to create an account: {@code {"username", "displayName", "email",
 * "password"}}; display name and email are optional.
 */
@Schema(
    example =
        "{\"username\": \"alice\", \"displayName\": \"Alice Smith\", \"email\":"
            + " \"alice@example.com\", \"password\": \"correct horse battery staple\"}")
public record CreateUserJson(String username, String password, String displayName, String email) {

  @Override
  public String toString() {
    return "CreateUserJson[username="
        + username
        + ", displayName="
        + displayName
        + ", email="
        + email
        + "]";
  }
}
