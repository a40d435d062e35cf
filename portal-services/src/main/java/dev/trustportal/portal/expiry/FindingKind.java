package dev.trustportal.portal.expiry;

/** What the watcher can find in a repository's trust data (docs/trust-data.md, "The watcher"). */
public enum FindingKind {
  /** The trust data does not verify against the repository's pinned trust: nothing is signed. */
  DIVERGED,
  /** A role has expired: clients refuse the trust data (or, for a delegation, its tags). */
  EXPIRED,
  /** A role expires within the warning window ({@code portal.expiry.warning}). */
  EXPIRING,
  /** A delegation has fewer keys, or fewer valid signatures, than its threshold. */
  BELOW_THRESHOLD,
  /** A delegation does not verify, so clients no longer trust the tags it signs. */
  TAGS_UNVERIFIED,
  /**
   * Root expires within {@code portal.resign.before} and the portal cannot re-sign it itself: its
   * custodians hold the keys, or its key's certificate expires as soon ({@link RootRenewal}).
   */
  ROOT_RENEWAL_NEEDED
}
