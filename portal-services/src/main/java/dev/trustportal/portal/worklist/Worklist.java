package dev.trustportal.portal.worklist;

import dev.trustportal.portal.approval.ApprovalSettingsStore;
import dev.trustportal.portal.approval.Filing;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.change.AlreadyApprovedException;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeFilter;
import dev.trustportal.portal.change.ChangeNotPendingException;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Answers "what waits for me?" and "why may I not approve this?" with the rules the approval use
 * cases enforce, so that views show a count, a list or a disabled button without deciding anything
 * themselves. A caller who is no member of the organisation gets 404, as everywhere.
 */
@Stateless
@PermitAll
public class Worklist {

  /**
   * Pending changes looked at per call; more waiting than this is a backlog the changes list shows.
   */
  private static final PageRequest PENDING = new PageRequest(0, 100);

  // Field injection: EJBs need a no-argument constructor.
  @Inject ChangeService changes;
  @Inject SupportDesk desk;
  @Inject Tenancy tenancy;
  @Inject ApprovalSettingsStore settings;
  @Inject CallerContext caller;
  @Inject Clock clock;

  /**
   * The changes and support cases of the organisation that the caller's security key would move on
   * now.
   */
  public WaitingApprovals waitingForCaller(String organisation) {
    boolean owner = tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER);
    List<ChangeDetails> waiting =
        owner
            ? changes
                .list(organisation, ChangeFilter.inState(ChangeState.FILED), PENDING)
                .items()
                .stream()
                .filter(change -> approvalRefusal(organisation, change).isEmpty())
                .toList()
            : List.of();
    return new WaitingApprovals(waiting, desk.awaitingCallersApproval(organisation));
  }

  /**
   * The refusal the caller's approval of the change would meet (not pending, one's own change
   * without self-approval, the period over, approved already), empty if it would count. Owners only
   * approve: for anyone else the question does not arise and the answer is empty.
   */
  public Optional<PortalException> approvalRefusal(String organisation, ChangeDetails change) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    Optional<PortalException> refusal =
        change.state() != ChangeState.FILED
            ? Optional.of(new ChangeNotPendingException(change.id(), change.state()))
            : new Filing(change.requestedBy(), change.filedAt())
                .refusal(
                    SubjectRef.change(organisation, change.id()),
                    settings.of(org),
                    caller.username(),
                    clock.instant());
    if (refusal.isEmpty() && changes.approvedByCaller(change.id())) {
      return Optional.of(new AlreadyApprovedException(change.id(), caller.username()));
    }
    return refusal;
  }
}
