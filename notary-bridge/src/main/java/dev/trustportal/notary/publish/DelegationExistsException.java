package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.RoleName;

/** AddDelegation for a role that is already delegated; use AddDelegationKeys instead. */
public final class DelegationExistsException extends ChangeRejectedException {
  public DelegationExistsException(RoleName role) {
    super(role, "delegation " + role + " already exists");
  }
}
