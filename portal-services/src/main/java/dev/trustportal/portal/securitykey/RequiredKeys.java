package dev.trustportal.portal.securitykey;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Which security keys an organisation counts for approvals. The platform's attestation policy
 * decides which keys may be registered at all; an organisation can only tighten it, never loosen
 * it.
 */
public enum RequiredKeys {
  /** Every key the platform accepted at registration. */
  ANY_FIDO2,
  /**
   * Only keys whose attestation was verified and whose model (AAGUID) is on the platform's
   * allow-list.
   */
  YUBIKEY_ONLY;

  /**
   * Whether a key counts. The allow-list is the platform's current one, so that a model taken off
   * the list stops counting without every key having to be registered again.
   */
  public boolean admits(boolean attestationVerified, UUID aaguid, Set<UUID> allowedAaguids) {
    return this == ANY_FIDO2 || attestationVerified && allowedAaguids.contains(aaguid);
  }

  /** Reads {@code ANY_FIDO2} or {@code YUBIKEY_ONLY} (any case, {@code -} for {@code _}). */
  public static RequiredKeys parse(String text) {
    String name = String.valueOf(text).strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RequiredKeys value : values()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw new InvalidRequiredKeysException(text);
  }
}
