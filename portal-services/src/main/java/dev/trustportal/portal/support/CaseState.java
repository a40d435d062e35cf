package dev.trustportal.portal.support;

/**
 * Where a case is: waiting for its approvals, approved and not started, being carried out (a step failed
 * or was interrupted and resumes on the next execution), done, or cancelled before anything was carried out.
 */
public enum CaseState {
  AWAITING_APPROVAL,
  APPROVED,
  EXECUTING,
  DONE,
  CANCELLED;

  /** Whether the case may still be cancelled: nothing of it has been carried out. */
  public boolean cancellable() {
    return this == AWAITING_APPROVAL || this == APPROVED;
  }
}
