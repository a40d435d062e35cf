package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The caller approved the change request before; each owner counts once. */
public final class AlreadyApprovedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public AlreadyApprovedException(long id, String approver) {
    super(
        "already_approved",
        "'"
            + approver
            + "' approved change request "
            + id
            + " already; another owner must approve it.",
        id,
        approver);
  }

  @Override
  public String messageKey() {
    return "error.already_approved";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
