package dev.trustportal.portal.rootcustody;

/**
 * Where a root ceremony stands: open for touches, published to notary-server, or expired
 * unpublished.
 */
public enum CeremonyState {
  OPEN,
  PUBLISHED,
  EXPIRED
}
