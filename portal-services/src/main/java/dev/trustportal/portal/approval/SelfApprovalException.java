package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/**
 * The requester tried to approve what they filed, which the organisation's policy does not allow.
 */
public final class SelfApprovalException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final SubjectKind subjectKind;

  public SelfApprovalException(SubjectRef subject) {
    super(
        "self_approval",
        "You filed "
            + subject.kind().noun().toLowerCase(java.util.Locale.ROOT)
            + " "
            + subject.id()
            + ": another owner must approve it (the organisation's policy does not allow approving"
            + " one's own changes).",
        subject.id());
    this.subjectKind = subject.kind();
  }

  /** Changes keep the text they had; other kinds name themselves. */
  @Override
  public String messageKey() {
    return subjectKind == SubjectKind.CHANGE
        ? "error.self_approval"
        : "error.self_approval." + subjectKind.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
