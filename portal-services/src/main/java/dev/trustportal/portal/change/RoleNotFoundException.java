package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The repository has no delegation role of that name. */
public final class RoleNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RoleNotFoundException(String role) {
    super("not_found", "The repository has no role " + role + ".", role);
  }

  @Override
  public String messageKey() {
    return "error.not_found.role";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
