package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.RoleName;

/** The change names a delegation that does not exist (or whose parent does not). */
public final class UnknownRoleException extends ChangeRejectedException {
  public UnknownRoleException(RoleName role) {
    super(role, "role " + role + " does not exist");
  }
}
