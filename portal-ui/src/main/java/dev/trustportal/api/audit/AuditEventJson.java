package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditEntry;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * An audit event as the API shows it; absent values are written as null, so every item has the same
 * keys.
 */
@JsonbNillable
public record AuditEventJson(
    long id,
    String actor,
    String action,
    String target,
    String outcome,
    String detail,
    Instant occurredAt,
    String hash) {

  static AuditEventJson of(AuditEntry entry) {
    return new AuditEventJson(
        entry.id(),
        entry.actor(),
        entry.action(),
        entry.target(),
        entry.outcome().name(),
        entry.detail(),
        entry.occurredAt(),
        entry.hash());
  }
}
