package dev.trustportal.portal.audit;

/**
 * CDI event, fired synchronously in the transaction that appended {@code entry} to its chain:
 * observers that write in that transaction (the webhooks' outbox) commit or roll back with the
 * audited change.
 */
public record AuditAppended(AuditEntry entry) {}
