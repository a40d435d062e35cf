package dev.trustportal.portal.rootcustody;

/**
 * Where a root ceremony stands: open for touches; signed (every signature is in, and it waits in
 * the outbox for its publication, retried while notary-server is away); published to notary-server;
 * expired unpublished; or failed unpublished because the repository's root changed after it opened.
 */
public enum CeremonyState {
  OPEN,
  SIGNED,
  PUBLISHED,
  EXPIRED,
  FAILED
}
