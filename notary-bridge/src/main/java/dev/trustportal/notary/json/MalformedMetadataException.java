package dev.trustportal.notary.json;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * The bytes are not a metadata file of the expected shape (bad JSON, missing field, wrong {@code
 * _type}).
 */
public final class MalformedMetadataException extends TrustDataException {
  private final String reason;

  public MalformedMetadataException(RoleName role, String reason, Throwable cause) {
    super(role, "malformed metadata for " + role + ": " + reason, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
