package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who filed a subject and when: with it, the organisation's self-approval and open-period rules
 * apply (they do to changes, not to support cases, whose agent must approve and which have no open
 * period).
 */
public record Filing(String requestedBy, Instant filedAt) {

  /**
   * The refusal the approver's approval at that instant meets under the organisation's rules: their
   * own subject without self-approval, or the open period over. Empty if the rules let it count.
   * The approval service applies it, and work lists ask it before anyone clicks.
   */
  public Optional<PortalException> refusal(
      SubjectRef subject, ApprovalSettings rules, String approver, Instant now) {
    if (!rules.selfApproval() && requestedBy.equals(approver)) {
      return Optional.of(new SelfApprovalException(subject));
    }
    Instant closes = filedAt.plus(Duration.ofHours(rules.openHours()));
    if (now.isAfter(closes)) {
      return Optional.of(new ApprovalPeriodOverException(subject, closes));
    }
    return Optional.empty();
  }
}
