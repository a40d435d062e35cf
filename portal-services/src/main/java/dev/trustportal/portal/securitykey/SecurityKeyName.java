package dev.trustportal.portal.securitykey;

/** The name a person gives a security key ("blue YubiKey"): 1 to 64 characters, not blank. */
public record SecurityKeyName(String value) {

  public SecurityKeyName {
    if (value == null || value.isBlank() || value.strip().length() > 64) {
      throw new InvalidSecurityKeyNameException(value);
    }
    value = value.strip();
  }
}
