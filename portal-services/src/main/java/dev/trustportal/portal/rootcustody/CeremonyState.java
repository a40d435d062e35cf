package dev.trustportal.portal.rootcustody;

/**
 * Where a root ceremony stands: open for touches, published to notary-server, expired unpublished,
 * or failed unpublished because the repository's root changed after it opened.
 */
public enum CeremonyState {
  OPEN,
  PUBLISHED,
  EXPIRED,
  FAILED
}
