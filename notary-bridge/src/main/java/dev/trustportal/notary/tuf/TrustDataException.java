package dev.trustportal.notary.tuf;

/**
 * Family of failures caused by bad trust data: malformed, badly signed, stale or inconsistent
 * metadata or keys.
 */
public abstract class TrustDataException extends RuntimeException {
  private final RoleName role;

  protected TrustDataException(RoleName role, String message) {
    super(message);
    this.role = role;
  }

  protected TrustDataException(RoleName role, String message, Throwable cause) {
    super(message, cause);
    this.role = role;
  }

  /** The role whose data was bad; may be null when the data was not yet attributable to a role. */
  public RoleName role() {
    return role;
  }
}
