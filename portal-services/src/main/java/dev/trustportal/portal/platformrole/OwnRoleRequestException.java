package dev.trustportal.portal.platformrole;

import dev.trustportal.portal.common.PortalException;

/**
 * The platform admin who asked for a platform role, or the account that would get it, tried to
 * approve it: another platform admin must.
 */
public final class OwnRoleRequestException extends PortalException {

  private static final long serialVersionUID = 1L;

  public OwnRoleRequestException(long id, String username) {
    super(
        "self_approval",
        "Platform role request "
            + id
            + " was asked by you or is for you ("
            + username
            + "): another platform admin must approve it with their security key.",
        id,
        username);
  }

  @Override
  public String messageKey() {
    return "error.self_approval.platform_role_grant";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
