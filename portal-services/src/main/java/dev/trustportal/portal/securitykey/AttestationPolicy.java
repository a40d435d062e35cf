package dev.trustportal.portal.securitykey;

import java.util.Locale;

/**
 * Which authenticators the platform accepts at registration. Every policy but the testing one fails
 * closed: it needs a certificate chain to a configured root (never the JVM's CA list).
 */
public enum AttestationPolicy {
  /** Only AAGUIDs on the allow-list (YubiKeys by default), chained to the configured roots. */
  YUBIKEY_ONLY,
  /** Any authenticator whose attestation chains to a configured root. */
  ANY_FIDO2,
  /**
   * Any authenticator, also with {@code none} or self attestation. For test stacks (browser virtual
   * authenticators) only: the platform status shows it as a warning.
   */
  ANY_AUTHENTICATOR_TESTING;

  /** Reads {@code yubikey-only}, {@code any-fido2} or {@code any-authenticator-testing}. */
  public static AttestationPolicy parse(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(name);
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is no attestation policy: use yubikey-only, any-fido2"
              + " or any-authenticator-testing.",
          unknown);
    }
  }

  /** Whether platform admins may choose it; the testing policy is the deployment's switch alone. */
  public boolean settable() {
    return this != ANY_AUTHENTICATOR_TESTING;
  }

  /** Whether {@code none} and self attestation are refused and the chain is checked. */
  public boolean needsTrustedChain() {
    return this != ANY_AUTHENTICATOR_TESTING;
  }
}
