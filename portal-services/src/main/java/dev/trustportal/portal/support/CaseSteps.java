package dev.trustportal.portal.support;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Runs one step of a case per transaction: the case row is locked (a concurrent run waits, then
 * finds the step done), the step is carried out, and its completion, the case's next step and the
 * audit event are committed together. A failure rolls the step back and is recorded in a
 * transaction of its own.
 */
@Stateless
@PermitAll
public class CaseSteps {

  // Field injection: EJBs need a no-argument constructor.
  @Inject SupportCases cases;
  @Inject StepActions actions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Carries out the first unfinished step; returns it, or {@link CaseStep#DONE} when nothing was
   * left.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CaseStep runNext(long id, String actor) {
    SupportCase supportCase =
        cases.lock(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
    // Under the lock: a cancellation that won the race leaves nothing to carry out.
    if (supportCase.state() == CaseState.CANCELLED) {
      throw new CaseCancelledException(id, supportCase.cancellation().orElseThrow());
    }
    Set<CaseStep> completed = cases.completedSteps(id);
    CaseStep step = CaseMachine.current(supportCase.kind(), completed);
    if (step == CaseStep.DONE) {
      // A finished case is left as it is: running it again changes nothing, not even its time
      // stamp.
      if (supportCase.state() != CaseState.DONE) {
        supportCase.moveTo(CaseState.DONE, CaseStep.DONE, clock.instant());
      }
      return CaseStep.DONE;
    }
    StepActions.Result result = actions.run(supportCase, step);
    CaseMachine.requireNext(supportCase.kind(), completed, step);
    cases.storeCompletedStep(id, step, result.detail(), clock.instant());
    completed.add(step);
    CaseStep next = CaseMachine.current(supportCase.kind(), completed);
    supportCase.moveTo(CaseMachine.state(true, true, next), next, clock.instant());
    record(
        supportCase,
        actor,
        "support.step." + step.name().toLowerCase(Locale.ROOT),
        Outcome.SUCCEEDED,
        "Support case " + id + ", step " + step + ": " + result.message());
    if (next == CaseStep.DONE) {
      record(
          supportCase,
          actor,
          "support.case_done",
          Outcome.SUCCEEDED,
          "Support case " + id + " (" + supportCase.kind() + ") is done.");
    }
    return step;
  }

  /** The case stays at the step with the error shown; the next execution resumes there. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(long id, CaseStep step, String actor, String error) {
    SupportCase supportCase =
        cases.lock(id).orElseThrow(() -> new SupportCaseNotFoundException(id));
    supportCase.failed(error, clock.instant());
    record(
        supportCase,
        actor,
        "support.step_failed",
        Outcome.FAILED,
        "Support case "
            + id
            + ", step "
            + step
            + " failed and resumes there on the next execution: "
            + error);
  }

  private void record(
      SupportCase supportCase, String actor, String action, Outcome outcome, String detail) {
    audit.record(
        new AuditRecord(
            supportCase.organisation().name().value(),
            actor,
            action,
            supportCase.gun().value(),
            outcome,
            detail));
  }
}
