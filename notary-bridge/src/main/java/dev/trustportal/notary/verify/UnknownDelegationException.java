package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * A delegation file whose role its parent does not define (notary's "delegation does not exist").
 */
public final class UnknownDelegationException extends TrustDataException {
  public UnknownDelegationException(RoleName role) {
    super(role, "tuf: invalid role " + role + ". delegation does not exist");
  }
}
