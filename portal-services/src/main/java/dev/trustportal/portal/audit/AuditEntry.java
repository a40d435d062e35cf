package dev.trustportal.portal.audit;

import java.time.Instant;

/**
 * One event of an audit chain as readers see it, with the hashes that link it to its predecessor.
 *
 * @param organisation the chain's organisation, {@code null} for the platform chain
 */
public record AuditEntry(
    long id,
    String organisation,
    String actor,
    String action,
    String target,
    Outcome outcome,
    String detail,
    Instant occurredAt,
    String previousHash,
    String hash) {

  /** The recorded content, without position and hashes. */
  public AuditRecord record() {
    return new AuditRecord(organisation, actor, action, target, outcome, detail);
  }
}
