package dev.trustportal.portal.platformrole;

import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.identity.PlatformRoleRequest;

/** The platform role request was decided already. */
public final class PlatformRoleRequestNotPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public PlatformRoleRequestNotPendingException(long id, PlatformRoleRequest.State state) {
    super(
        "platform_role_request_not_pending",
        "Platform role request " + id + " is " + state + ", no longer waiting for approval.",
        id,
        state.name());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
