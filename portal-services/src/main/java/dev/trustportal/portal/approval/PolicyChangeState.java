package dev.trustportal.portal.approval;

/** Where a change of the approval policy stands: waiting for owners, applied, or turned down. */
public enum PolicyChangeState {
  FILED,
  APPLIED,
  REJECTED
}
