package dev.trustportal.portal.worklist;

import dev.trustportal.portal.approval.ApprovalPeriodOverException;
import dev.trustportal.portal.approval.ApprovalSettings;
import dev.trustportal.portal.approval.SelfApprovalException;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.change.ChangeNotPendingException;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.change.ChangeView;
import dev.trustportal.portal.common.PortalException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an owner may approve a change now, as a value: the approval capability throws the same refusal,
 * and the changes list shows it beside a disabled Approve before anyone clicks. One rule, two uses.
 */
public final class ApprovalRules {

  private ApprovalRules() {}

  /** The refusal an owner's approval would meet, empty if it would count. */
  public static Optional<PortalException> refusal(ChangeView change, ApprovalSettings rules, String owner, Instant now) {
    if (change.state() != ChangeState.FILED) {
      return Optional.of(new ChangeNotPendingException(change.id(), change.state()));
    }
    if (!rules.selfApproval() && change.requestedBy().equals(owner)) {
      return Optional.of(new SelfApprovalException(SubjectRef.change(change.organisation(), change.id())));
    }
    Instant closes = change.filedAt().plus(Duration.ofHours(rules.openHours()));
    if (now.isAfter(closes)) {
      return Optional.of(new ApprovalPeriodOverException(SubjectRef.change(change.organisation(), change.id()), closes));
    }
    return Optional.empty();
  }
}
