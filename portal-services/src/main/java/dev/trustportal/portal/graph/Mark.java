package dev.trustportal.portal.graph;

/** How a part of the trust graph fares; the drawing colours it so. */
public enum Mark {
  OK,
  /** Expires within the warning window (30 days by default). */
  EXPIRING,
  EXPIRED,
  /** Fewer valid signatures than its threshold: clients do not trust what it holds. */
  UNVERIFIED
}
