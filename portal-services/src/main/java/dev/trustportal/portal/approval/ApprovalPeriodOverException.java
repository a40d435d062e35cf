package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;

/** The change request was open for approvals until a time that has passed. */
public final class ApprovalPeriodOverException extends PortalException {

  private static final long serialVersionUID = 1L;

  public ApprovalPeriodOverException(long id, Instant closedAt) {
    super("approval_period_over", "Change request " + id + " was open for approvals until " + closedAt
        + ": reject it and file it again.", id, closedAt.toString());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
