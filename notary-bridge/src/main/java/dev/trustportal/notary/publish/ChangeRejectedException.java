package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.RoleName;

/**
 * Family of changes that break a rule of the trust model and were refused before anything was
 * uploaded.
 */
public abstract class ChangeRejectedException extends RuntimeException {
  private final RoleName role;

  protected ChangeRejectedException(RoleName role, String message) {
    super(message);
    this.role = role;
  }

  public RoleName role() {
    return role;
  }
}
