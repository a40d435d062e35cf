package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** An approval policy with an open period outside 1 hour to a year. */
public final class InvalidApprovalPolicyException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidApprovalPolicyException(int openHours) {
    super(
        "invalid_approval_policy",
        openHours
            + " hours is not valid for how long a request stays open: use 1 to "
            + ApprovalPolicy.MAX_OPEN_HOURS
            + " (a year).",
        openHours);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
