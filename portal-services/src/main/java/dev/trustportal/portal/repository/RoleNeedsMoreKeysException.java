package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/**
 * A role of a repository to import needs more signatures than the one key the portal would hold for
 * it, so the portal could never sign it alone.
 */
public final class RoleNeedsMoreKeysException extends PortalException {

  private static final long serialVersionUID = 1L;

  RoleNeedsMoreKeysException(KeyRole role, String gun, int threshold) {
    super(
        "threshold_needs_more_keys",
        "The "
            + role.wireName()
            + " role of "
            + gun
            + " needs "
            + threshold
            + " signatures, but the portal"
            + " holds one "
            + role.wireName()
            + " key: lower its threshold to 1 with notary first, then import"
            + " again.",
        role.wireName(),
        gun,
        threshold);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
