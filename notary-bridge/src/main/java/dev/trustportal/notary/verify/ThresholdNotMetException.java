package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.TrustDataException;

/**
 * Fewer valid signatures than the role's threshold (notary {@code ErrRoleThreshold},
 * tuf/signed/errors.go).
 */
public final class ThresholdNotMetException extends TrustDataException {
  private final transient VerificationResult result;

  public ThresholdNotMetException(VerificationResult result) {
    super(result.role(), "valid signatures did not meet threshold for " + result.role());
    this.result = result;
  }

  public VerificationResult result() {
    return result;
  }
}
