package dev.trustportal.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored event of an audit chain. The table comes from Flyway (V2). Rows are inserted once and
 * never changed, so there is no version column and no setter. The id is assigned before the insert
 * (from a sequence, under the chain's lock) because it is part of the hash.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @Column(name = "id", nullable = false)
  private Long id;

  @Column(name = "organisation")
  private String organisation;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "action", nullable = false)
  private String action;

  @Column(name = "target")
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private Outcome outcome;

  @Column(name = "detail")
  private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {
    // for JPA
  }

  /** The event with the given position and predecessor; its hash is computed here, once. */
  AuditEvent(long id, AuditRecord record, Instant occurredAt, String previousHash) {
    this.id = id;
    this.organisation = record.organisation();
    this.actor = record.actor();
    this.action = record.action();
    this.target = record.target();
    this.outcome = record.outcome();
    this.detail = record.detail();
    this.occurredAt = HashChain.storable(occurredAt);
    this.previousHash = previousHash;
    this.hash = HashChain.hash(id, record, this.occurredAt, previousHash);
  }

  public String hash() {
    return hash;
  }

  public AuditEntry toEntry() {
    return new AuditEntry(
        id, organisation, actor, action, target, outcome, detail, occurredAt, previousHash, hash);
  }
}
