package dev.trustportal.portal.approval;

/**
 * A type of subject whose quorum the organisation's policy sets, such as a type of change; its name
 * is the policy's key.
 */
public interface ApprovableType {

  String name();

  /** The approvals it needs while the organisation has set no number. */
  int defaultApprovals();

  /** The fewest approvals a set number may ask. */
  int minimumApprovals();
}
