package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/** The file's length differs from what snapshot or timestamp lists. */
public final class LengthMismatchException extends TrustDataException {
  private final long expected;
  private final long actual;

  public LengthMismatchException(RoleName role, long expected, long actual) {
    super(role, "length of " + role + " did not match: expected " + expected + ", got " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  public long expected() {
    return expected;
  }

  public long actual() {
    return actual;
  }
}
