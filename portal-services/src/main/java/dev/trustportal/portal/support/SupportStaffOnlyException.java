package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** The caller is not support staff (nor a platform admin) but the action needs it. */
public final class SupportStaffOnlyException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SupportStaffOnlyException(String action) {
    super(
        "support_staff_only",
        "Only support staff (platform role support, or a platform admin) " + action + ".",
        action);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
