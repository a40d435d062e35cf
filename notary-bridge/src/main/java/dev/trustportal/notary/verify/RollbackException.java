package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * A role's version went down against the trusted one (notary {@code ErrLowVersion},
 * tuf/builder.go).
 */
public final class RollbackException extends TrustDataException {
  private final int trustedVersion;
  private final int receivedVersion;

  public RollbackException(RoleName role, int trustedVersion, int receivedVersion) {
    super(
        role,
        role + " version " + receivedVersion + " is lower than current version " + trustedVersion);
    this.trustedVersion = trustedVersion;
    this.receivedVersion = receivedVersion;
  }

  public int trustedVersion() {
    return trustedVersion;
  }

  public int receivedVersion() {
    return receivedVersion;
  }
}
