package dev.trustportal.portal.support;

/**
 * Where a case is: waiting for its approvals, approved and not started, being carried out (a step failed
 * or was interrupted and resumes on the next execution), or done.
 */
public enum CaseState {
  AWAITING_APPROVAL,
  APPROVED,
  EXECUTING,
  DONE
}
