package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.RoleName;

/** A threshold below 1 or above the role's number of keys would make the role unusable. */
public final class ThresholdWouldBreakException extends ChangeRejectedException {
  private final int threshold;
  private final int keys;

  public ThresholdWouldBreakException(RoleName role, int threshold, int keys) {
    super(
        role, "threshold " + threshold + " for " + role + " needs between 1 and " + keys + " keys");
    this.threshold = threshold;
    this.keys = keys;
  }

  public int threshold() {
    return threshold;
  }

  public int keys() {
    return keys;
  }
}
