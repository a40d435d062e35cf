package dev.trustportal.portal.rootcustody;

/** Where a request to switch root custody stands. */
public enum CustodyChangeState {
  FILED,
  APPLIED,
  REJECTED
}
