package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;

/** A platform role that does not exist. */
public final class InvalidPlatformRoleException extends PortalException {

  private static final long serialVersionUID = 1L;

  InvalidPlatformRoleException(String role) {
    super(
        "invalid_platform_role",
        "'"
            + role
            + "' is no platform role: expected "
            + String.join(" or ", Roles.PLATFORM)
            + " (organisation roles are memberships: /api/v1/orgs/{org}/members).",
        role);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
