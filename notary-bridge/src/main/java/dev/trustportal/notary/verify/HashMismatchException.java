package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * The file's digest differs from what snapshot or timestamp lists (notary {@code
 * ErrMismatchedChecksum}).
 */
public final class HashMismatchException extends TrustDataException {
  private final String algorithm;
  private final Bytes expected;

  public HashMismatchException(RoleName role, String algorithm, Bytes expected) {
    super(role, algorithm + " checksum for " + role + " did not match: expected " + expected.hex());
    this.algorithm = algorithm;
    this.expected = expected;
  }

  public String algorithm() {
    return algorithm;
  }

  public Bytes expected() {
    return expected;
  }
}
