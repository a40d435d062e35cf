package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** The owner approved this change of the approval policy before; each owner counts once. */
public final class PolicyChangeAlreadyApprovedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public PolicyChangeAlreadyApprovedException(long id, String approver) {
    super(
        "already_approved",
        approver + " approved policy change " + id + " before: each owner counts once.",
        id,
        approver);
  }

  @Override
  public String messageKey() {
    return "error.policy_change_already_approved";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
