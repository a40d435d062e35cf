package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/**
 * A platform admin tried to disable their own account or withdraw their own platform-admin role.
 */
public final class SelfLockoutException extends PortalException {

  private static final long serialVersionUID = 1L;

  SelfLockoutException(String username, String what) {
    super(
        "self_lockout",
        "You cannot "
            + what
            + " your own account '"
            + username
            + "': another platform admin must do it, so that the platform keeps one.",
        username,
        what);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
