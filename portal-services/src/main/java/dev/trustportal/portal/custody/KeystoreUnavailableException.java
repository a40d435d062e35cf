package dev.trustportal.portal.custody;

/**
 * The keystore holding the key-encryption key cannot be opened or used: a missing or unreadable
 * file, a wrong password or PIN, a PKCS#11 library or slot that is not there, or a
 * misconfiguration.
 */
public final class KeystoreUnavailableException extends KeyCustodyException {

  private static final long serialVersionUID = 1L;

  private final String keystore;

  public KeystoreUnavailableException(String keystore, String message, Throwable cause) {
    super("Key custody keystore " + keystore + ": " + message, cause);
    this.keystore = keystore;
  }

  public KeystoreUnavailableException(String keystore, String message) {
    this(keystore, message, null);
  }

  /** Which keystore: {@code pkcs12:<file>} or {@code pkcs11:<library>}. */
  public String keystore() {
    return keystore;
  }
}
