package dev.trustportal.api.identity;

/** The body of a password change: {@code {"oldPassword", "newPassword"}}. */
public record PasswordChangeJson(String oldPassword, String newPassword) {

  @Override
  public String toString() {
    return "PasswordChangeJson[***]";
  }
}
