package dev.trustportal.portal.support;

/**
 * Where a case is: waiting for its approvals, approved and not started, being carried out (a step
 * failed or was interrupted and resumes on the next execution), done, or cancelled before anything
 * was carried out.
 */
public enum CaseState {
  AWAITING_APPROVAL,
  APPROVED,
  EXECUTING,
  DONE,
  CANCELLED;

  /** Nothing of the case has been carried out yet. */
  public boolean untouched() {
    return this == AWAITING_APPROVAL || this == APPROVED;
  }

  /** Whether the case may still be cancelled: only while nothing of it has been carried out. */
  public boolean cancellable() {
    return untouched();
  }

  /** Whether staff may (re)start carrying it out: approved, or stopped at a step. */
  public boolean runnable() {
    return this == APPROVED || this == EXECUTING;
  }
}
