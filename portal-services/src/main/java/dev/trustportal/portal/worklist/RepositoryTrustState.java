package dev.trustportal.portal.worklist;

/**
 * How a repository's trust data stands, in one word for a list; the trust page tells the details.
 */
public enum RepositoryTrustState {
  /**
   * Everything verifies, every role can meet its threshold, nothing expires within the warning
   * period.
   */
  HEALTHY,
  /** Created, its trust data waits for the owners' approval of the initialisation. */
  AWAITING_INITIALISATION,
  /** The trust data on notary-server differs from what the portal pinned. */
  DIVERGED,
  /** At least one tag does not verify. */
  TAGS_NOT_VERIFIED,
  /** A role has fewer keys than its threshold: nobody can sign it any more. */
  THRESHOLD_UNMET,
  /** A role's metadata expires within the warning period (or has expired). */
  EXPIRING,
  /** The trust data could not be read or verified just now. */
  UNREADABLE
}
