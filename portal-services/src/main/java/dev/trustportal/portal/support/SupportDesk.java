package dev.trustportal.portal.support;

import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.TokenReach;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The support desk's use cases. Support staff open a case for a repository of any organisation; the
 * plan is fixed when it is opened; the agent and the organisation's owners (or, with no owner left,
 * two platform admins) approve it with security keys, through the approval service ({@link
 * ApprovableCases}); then staff carry it out step by step, each step committed before the next
 * starts, so that an interrupted case resumes where it stopped and a second run does nothing. A
 * member of the case's organisation sees it; anyone else gets 404.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.SUPPORT, Roles.PLATFORM_ADMIN})
public class SupportDesk {

  /** More cases waiting for one person than a work list shows would be a backlog of its own. */
  private static final int WORK_LIST_LIMIT = 100;

  // Field injection: EJBs need a no-argument constructor.
  @Inject SupportCases cases;
  @Inject CaseCallers callers;
  @Inject ApprovableCases approvableCases;
  @Inject CaseOpening opening;
  @Inject CaseSteps steps;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Opens a case: checks the input, captures the repository's trust data and computes the plan.
   * Audited in the organisation's chain.
   *
   * @throws SupportStaffOnlyException unless the caller is support staff
   * @throws InvalidCaseException for a bad value (an unknown kind names the allowed ones)
   * @throws RepositoryForGunNotFoundException if no repository has the GUN
   */
  public CaseDetails open(OpenCase command) {
    callers.requireStaff("open support cases");
    return view(opening.open(CaseInputs.of(command)));
  }

  /**
   * @throws SupportCaseNotFoundException unless the caller is staff or a member of the case's
   *     organisation
   */
  public CaseDetails get(long id) {
    return view(visible(id));
  }

  /** What the caller may do with the case now. */
  public CaseActions actions(long id) {
    SupportCase c = visible(id);
    CaseState state = c.state();
    boolean runnable = state.runnable() && callers.staff();
    return new CaseActions(
        state == CaseState.AWAITING_APPROVAL,
        runnable && state == CaseState.APPROVED,
        runnable && state == CaseState.EXECUTING,
        state.cancellable() && mayCancel(c));
  }

  /** Staff see every case, others those of their organisations; newest first. */
  public Page<CaseDetails> list(CaseFilter filter, PageRequest request) {
    String member = callers.staff() ? null : callers.username();
    TokenReach reach = callers.reach();
    List<CaseDetails> items =
        cases.page(filter, member, reach, request).stream().map(this::view).toList();
    return new Page<>(items, request.page(), request.size(), cases.count(filter, member, reach));
  }

  /**
   * Whether the caller starts at the support desk rather than on their organisations: a support
   * agent (not a platform admin, who founds organisations there) who belongs to none would land on
   * an empty page.
   */
  public boolean startsAtDesk() {
    return callers.staff() && !callers.platformAdmin() && callers.belongsToNoOrganisation();
  }

  /**
   * The organisation's cases that wait for the caller's security key: awaiting approval, and the
   * caller's approval would count now (the rule the approval capability applies). For the owners'
   * work list; newest first.
   */
  public List<CaseDetails> awaitingCallersApproval(String organisation) {
    String member = callers.staff() ? null : callers.username();
    return cases
        .page(
            new CaseFilter(CaseState.AWAITING_APPROVAL),
            member,
            callers.reach(),
            new PageRequest(0, WORK_LIST_LIMIT))
        .stream()
        .filter(c -> c.organisation().name().value().equals(organisation))
        .filter(this::callerMayApprove)
        .map(this::view)
        .toList();
  }

  private boolean callerMayApprove(SupportCase supportCase) {
    return approvableCases.mayApprove(supportCase);
  }

  /**
   * Cancels a case before anything of it is carried out, with the reason; audited. Support staff
   * and the organisation's owners may; a case being carried out is finished instead (its steps
   * resume).
   */
  public CaseDetails cancel(long id, String reason) {
    visible(id);
    SupportCase supportCase =
        cases.lock(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
    if (!mayCancel(supportCase)) {
      throw new SupportStaffOnlyException("or the organisation's owners cancel a case");
    }
    String why = CaseInputs.reason(reason);
    if (!supportCase.state().cancellable()) {
      throw new CaseNotCancellableException(id, supportCase.state());
    }
    supportCase.cancel(callers.username(), why, clock.instant());
    audit.record(
        new AuditRecord(
            supportCase.organisation().name().value(),
            callers.username(),
            "support.case_cancelled",
            supportCase.gun().value(),
            Outcome.SUCCEEDED,
            "Support case "
                + id
                + " ("
                + supportCase.kind()
                + ", ticket "
                + supportCase.ticket()
                + ") cancelled: "
                + why));
    return view(supportCase);
  }

  private boolean mayCancel(SupportCase supportCase) {
    return callers.staff() || callers.owner(supportCase.organisation());
  }

  /**
   * Carries out the case from its first unfinished step to the end. Each step runs and is recorded
   * in a transaction of its own; a step that fails (notary-server away) leaves the case at that
   * step with the error, and the next call resumes there. A case that is done is returned
   * unchanged.
   *
   * @throws CaseNotApprovedException before the approvals are complete
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CaseDetails execute(long id) {
    return execute(id, Integer.MAX_VALUE);
  }

  /**
   * As {@link #execute(long)}, but at most {@code maxSteps} steps (a careful runbook goes one at a
   * time).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CaseDetails execute(long id, int maxSteps) {
    SupportCase supportCase = visible(id);
    callers.requireStaff("carry out support cases");
    if (supportCase.state() == CaseState.CANCELLED) {
      throw new CaseCancelledException(id, supportCase.cancellation().orElseThrow());
    }
    Tally approvals = approvals(supportCase);
    if (!approvals.complete()) {
      throw new CaseNotApprovedException(id, approvals.given(), approvals.needed());
    }
    for (int run = 0; run < maxSteps; run++) {
      CaseStep step = cases.find(id).orElseThrow().step();
      try {
        if (steps.runNext(id, callers.username()) == CaseStep.DONE) {
          break;
        }
      } catch (CaseCancelledException cancelled) {
        throw cancelled;
      } catch (RuntimeException failure) {
        steps.recordFailure(id, step, callers.username(), reason(failure));
        break;
      }
    }
    return get(id);
  }

  private static String reason(RuntimeException failure) {
    Throwable cause =
        failure instanceof EJBException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  private SupportCase visible(long id) {
    SupportCase supportCase =
        cases.find(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
    boolean reached =
        callers
            .reach()
            .reaches(
                supportCase.organisation().name().value(), supportCase.repository().name().value());
    if (!reached || !callers.maySee(supportCase.organisation())) {
      throw new SupportCaseNotFoundException(id);
    }
    return supportCase;
  }

  private Tally approvals(SupportCase supportCase) {
    return supportCase.quorum().tally(cases.approvals(supportCase.id()).keySet());
  }

  private CaseDetails view(SupportCase c) {
    Tally approvals = approvals(c);
    List<String> approvers = cases.approvals(c.id()).keySet().stream().sorted().toList();
    return new CaseDetails(
        c.id(),
        c.gun().value(),
        c.organisation().name().value(),
        c.repository().name().value(),
        c.kind(),
        c.ticket(),
        c.reason(),
        c.openedBy(),
        c.state(),
        c.step(),
        english(c.plan()),
        approvals.given(),
        approvals.needed(),
        approvers,
        c.lastError(),
        c.signerName(),
        c.signerKeyId(),
        c.breakGlass(),
        c.digest(),
        c.openedAt(),
        c.updatedAt(),
        c.plan(),
        c.cancellation());
  }

  private static List<String> english(List<PlanLine> plan) {
    return plan.stream().map(PlanLine::english).toList();
  }
}
