package dev.trustportal.portal.custody;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Which key a sealed key is: the repository (GUN), the role it signs for and its canonical key ID.
 */
public record KeyRef(Gun gun, RoleName role, KeyId keyId) {

  // Versioned so that a later change of the encoding cannot be confused with this one.
  private static final String AAD_PREFIX = "trust-portal/held-key/v1\n";

  public KeyRef {
    Objects.requireNonNull(gun, "gun");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(keyId, "keyId");
  }

  /**
   * The AES-GCM additional authenticated data. Newline-separated is unambiguous because neither a
   * GUN (no characters below 0x21), a role name nor a hex key ID can contain a newline.
   */
  byte[] associatedData() {
    return (AAD_PREFIX + gun.value() + "\n" + role.value() + "\n" + keyId.value())
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return gun + " " + role + " " + keyId.shortForm();
  }
}
