package dev.trustportal.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a password change: {@code {"oldPassword", "newPassword"}}. */
@Schema(
    example =
        "{\"oldPassword\": \"correct horse battery staple\", \"newPassword\": \"staple battery"
            + " horse correct\"}")
public record PasswordChangeJson(String oldPassword, String newPassword) {

  @Override
  public String toString() {
    return "PasswordChangeJson[***]";
  }
}
