package dev.trustportal.notary.verify;

import dev.trustportal.notary.json.Rfc3339;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;
import java.time.Instant;

/**
 * The role expired before the reference time: a freeze attack or a stale repository (notary {@code
 * ErrExpired}).
 */
public final class ExpiredMetadataException extends TrustDataException {
  private final Instant expires;

  public ExpiredMetadataException(RoleName role, Instant expires) {
    super(role, role + " expired at " + Rfc3339.goDate(expires));
    this.expires = expires;
  }

  public Instant expires() {
    return expires;
  }
}
