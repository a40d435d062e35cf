package dev.trustportal.portal.support;

import java.util.Set;

/**
 * The state machine of carrying out a case: the steps of its kind in order, each completed once.
 * The current step is the first one not completed; a case whose steps are all complete is done.
 */
public final class CaseMachine {

  private CaseMachine() {}

  /**
   * The first step of the kind that is not in {@code completed}; {@link CaseStep#DONE} when none is
   * left.
   */
  public static CaseStep current(CaseKind kind, Set<CaseStep> completed) {
    return kind.steps().stream()
        .filter(s -> s != CaseStep.DONE && !completed.contains(s))
        .findFirst()
        .orElse(CaseStep.DONE);
  }

  /**
   * The state after approvals and steps: awaiting approval until the quorum; then approved until
   * the first step is done (or being tried); done when no step is left.
   */
  public static CaseState state(boolean approved, boolean started, CaseStep current) {
    if (!approved) {
      return CaseState.AWAITING_APPROVAL;
    }
    if (current == CaseStep.DONE) {
      return CaseState.DONE;
    }
    return started ? CaseState.EXECUTING : CaseState.APPROVED;
  }

  /**
   * Checks that {@code step} may be completed now: it belongs to the kind and every step before it
   * is done.
   *
   * @throws IllegalStateException otherwise (a bug: steps are run only in order)
   */
  public static void requireNext(CaseKind kind, Set<CaseStep> completed, CaseStep step) {
    CaseStep current = current(kind, completed);
    if (current != step) {
      throw new IllegalStateException(
          "step " + step + " of a " + kind + " case is not next; " + current + " is");
    }
  }
}
