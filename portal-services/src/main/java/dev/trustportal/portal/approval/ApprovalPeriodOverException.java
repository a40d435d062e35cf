package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;

/** The subject was open for approvals until a time that has passed. */
public final class ApprovalPeriodOverException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final SubjectKind subjectKind;

  public ApprovalPeriodOverException(SubjectRef subject, Instant closedAt) {
    super(
        "approval_period_over",
        subject.kind().noun()
            + " "
            + subject.id()
            + " was open for approvals until "
            + closedAt
            + ": reject it and file it again.",
        subject.id(),
        closedAt.toString());
    this.subjectKind = subject.kind();
  }

  /** Changes keep the text they had; other kinds name themselves. */
  @Override
  public String messageKey() {
    return subjectKind == SubjectKind.CHANGE
        ? "error.approval_period_over"
        : "error.approval_period_over." + subjectKind.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
