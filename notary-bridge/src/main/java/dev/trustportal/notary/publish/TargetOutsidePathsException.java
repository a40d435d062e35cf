package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.RoleName;

/**
 * A tag whose name the delegation's paths do not cover; notary clients would hide it (facts §3).
 */
public final class TargetOutsidePathsException extends ChangeRejectedException {
  private final String target;

  public TargetOutsidePathsException(RoleName role, String target) {
    super(role, "target " + target + " is outside the paths of " + role);
    this.target = target;
  }

  public String target() {
    return target;
  }
}
