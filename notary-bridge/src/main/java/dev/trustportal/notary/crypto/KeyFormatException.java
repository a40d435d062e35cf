package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * Key material that cannot be used: malformed PEM, an unsupported algorithm or curve, a weak RSA
 * key.
 */
public final class KeyFormatException extends TrustDataException {
  public KeyFormatException(String message) {
    super(null, message);
  }

  public KeyFormatException(String message, Throwable cause) {
    super(null, message, cause);
  }

  public KeyFormatException(RoleName role, String message) {
    super(role, message);
  }
}
