package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.util.List;

/** How a role's signatures fared: which of its keys signed validly and which did not ("2 of 3"). */
public record VerificationResult(
    RoleName role, int threshold, List<KeyId> signed, List<KeyId> unsigned) {
  public VerificationResult {
    signed = List.copyOf(signed);
    unsigned = List.copyOf(unsigned);
  }

  public boolean verified() {
    return signed.size() >= threshold;
  }

  /** How many more valid signatures the threshold needs; 0 when verified. */
  public int missing() {
    return Math.max(0, threshold - signed.size());
  }

  public VerificationResult requireVerified() {
    if (!verified()) {
      throw new ThresholdNotMetException(this);
    }
    return this;
  }
}
