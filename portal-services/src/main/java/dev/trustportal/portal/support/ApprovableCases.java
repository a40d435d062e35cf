package dev.trustportal.portal.support;

import dev.trustportal.portal.approval.Approvable;
import dev.trustportal.portal.approval.ApprovableType;
import dev.trustportal.portal.approval.ApprovalSubjects;
import dev.trustportal.portal.approval.SubjectKind;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.securitykey.KeyUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Support cases as subjects of approval: the agent who opened a case approves it, and so do the
 * organisation's owners as its policy says (or, with no owner left, platform admins: break-glass);
 * each person counts once. At the quorum the case is APPROVED, ready to be carried out. Turning a
 * case down cancels it. A platform admin's approval of an organisation without owners is audited as
 * break-glass.
 */
@ApplicationScoped
class ApprovableCases implements ApprovalSubjects {

  // Field injection: the desk is an EJB, and the beans are proxied.
  @Inject SupportCases cases;
  @Inject CaseCallers callers;
  @Inject SupportDesk desk;
  @Inject BreakGlassCoolingOff coolingOff;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public SubjectKind kind() {
    return SubjectKind.SUPPORT_CASE;
  }

  @Override
  public List<ApprovableType> types() {
    return List
        .of(); // a case's quorum follows from the organisation's strictest number, fixed at opening
  }

  @Override
  public Approvable find(SubjectRef ref) {
    return approvable(ref, visible(ref.id()));
  }

  @Override
  public Approvable approvable(SubjectRef ref) {
    visible(ref.id());
    SupportCase supportCase = locked(ref.id());
    capacity(supportCase);
    return approvable(ref, supportCase);
  }

  @Override
  public Tally count(SubjectRef ref, KeyUse key) {
    SupportCase supportCase = locked(ref.id());
    ApprovalCapacity capacity = capacity(supportCase);
    cases.storeApproval(
        supportCase.id(), callers.username(), capacity, key.keyId(), clock.instant());
    Tally tally = tally(supportCase);
    String action =
        capacity == ApprovalCapacity.PLATFORM_ADMIN
            ? "support.break_glass_approved"
            : "support.case_approved";
    audit.record(
        new AuditRecord(
            supportCase.organisation().name().value(),
            callers.username(),
            action,
            supportCase.gun().value(),
            Outcome.SUCCEEDED,
            "Support case "
                + supportCase.id()
                + " (digest sha256:"
                + supportCase.digest()
                + ") approved as "
                + capacity
                + " with security key '"
                + key.keyName()
                + "'; "
                + tally.given()
                + " of "
                + tally.needed()
                + "."));
    if (tally.complete()) {
      supportCase.moveTo(CaseState.APPROVED, supportCase.step(), clock.instant());
    }
    return tally;
  }

  @Override
  public void reject(SubjectRef ref, String reason) {
    desk.cancel(ref.id(), reason);
  }

  private Tally tally(SupportCase supportCase) {
    return supportCase.quorum().tally(cases.approvals(supportCase.id()).keySet());
  }

  private Approvable approvable(SubjectRef ref, SupportCase c) {
    return new Approvable(
        ref,
        Optional.of(c.organisation()),
        c.plan().stream().map(PlanLine::english).toList(),
        c.digest(),
        tally(c),
        Optional.empty());
  }

  private SupportCase visible(long id) {
    SupportCase supportCase =
        cases.find(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
    if (!callers.maySee(supportCase.organisation())) {
      throw new SupportCaseNotFoundException(id);
    }
    return supportCase;
  }

  private SupportCase locked(long id) {
    return cases.lock(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
  }

  /**
   * Whether the caller's approval of the case would count now (the rule {@link #approvable}
   * enforces).
   */
  boolean mayApprove(SupportCase supportCase) {
    try {
      capacity(supportCase);
      return true;
    } catch (CaseAlreadyApprovedException
        | CaseApprovalNotAllowedException
        | CaseNotPendingException
        | SecondPersonCoolingOffException refused) {
      return false;
    }
  }

  /** The capacity in which the caller may approve the case now. */
  private ApprovalCapacity capacity(SupportCase supportCase) {
    if (supportCase.state() != CaseState.AWAITING_APPROVAL) {
      throw new CaseNotPendingException(supportCase.id(), supportCase.state());
    }
    String me = callers.username();
    if (cases.approvals(supportCase.id()).containsKey(me)) {
      throw new CaseAlreadyApprovedException(supportCase.id(), me);
    }
    if (me.equals(supportCase.openedBy())) {
      return ApprovalCapacity.AGENT;
    }
    if (supportCase.breakGlass()) {
      if (callers.platformAdmin()) {
        coolingOff.requireSecondPerson(me, supportCase);
        return ApprovalCapacity.PLATFORM_ADMIN;
      }
      throw new CaseApprovalNotAllowedException(
          supportCase.id(),
          "two platform admins (break-glass: "
              + supportCase.organisation().name().value()
              + " has no owner)");
    }
    if (callers.owner(supportCase.organisation())) {
      return ApprovalCapacity.OWNER;
    }
    throw new CaseApprovalNotAllowedException(
        supportCase.id(), "owners of " + supportCase.organisation().name().value());
  }
}
