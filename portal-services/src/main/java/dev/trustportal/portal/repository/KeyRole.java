package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.RoleName;

/** The two roles whose private keys the portal holds for a repository, and so accepts on import. */
public enum KeyRole {
  ROOT(RoleName.ROOT),
  TARGETS(RoleName.TARGETS);

  private final RoleName roleName;

  KeyRole(RoleName roleName) {
    this.roleName = roleName;
  }

  public RoleName roleName() {
    return roleName;
  }

  /** The TUF name, as in root.json and notary's key file headers: {@code root}, {@code targets}. */
  public String wireName() {
    return roleName.value();
  }
}
