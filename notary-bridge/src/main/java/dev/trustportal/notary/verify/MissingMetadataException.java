package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * A role that must be checked against a listing is absent from it, or lists no sha256 (facts §7).
 */
public final class MissingMetadataException extends TrustDataException {
  private final RoleName listedBy;

  public MissingMetadataException(RoleName role, RoleName listedBy, String what) {
    super(role, listedBy + " has no " + what + " for " + role);
    this.listedBy = listedBy;
  }

  public RoleName listedBy() {
    return listedBy;
  }
}
