package dev.trustportal.portal.platformrole;

import dev.trustportal.portal.common.PortalException;

/** No platform role request with the ID. */
public final class PlatformRoleRequestNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public PlatformRoleRequestNotFoundException(long id) {
    super("not_found", "No platform role request " + id + ".", id);
  }

  @Override
  public String messageKey() {
    return "error.platform_role_request_not_found";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
