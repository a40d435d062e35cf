package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** The requester tried to approve their own change, which the organisation's policy does not allow. */
public final class SelfApprovalException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SelfApprovalException(long id) {
    super("self_approval", "You filed change request " + id + ": another owner must approve it (the"
        + " organisation's policy does not allow approving one's own changes).", id);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
