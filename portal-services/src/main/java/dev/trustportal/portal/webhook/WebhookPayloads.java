package dev.trustportal.portal.webhook;

import dev.trustportal.portal.audit.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The JSON body of a delivery: the event's ID (the same in every retry, for receivers to drop
 * duplicates), its type, when it happened (for receivers to refuse replays of old deliveries), the
 * organisation, and what the audit chain says of it.
 */
final class WebhookPayloads {

  private WebhookPayloads() {}

  static String of(String eventId, WebhookEvent type, AuditEntry entry) {
    JsonObjectBuilder body = base(eventId, type, entry.organisation(), entry.occurredAt());
    body.add("actor", entry.actor());
    nullable(body, "target", entry.target());
    body.add("outcome", entry.outcome().name());
    nullable(body, "detail", entry.detail());
    body.add("auditEventId", entry.id());
    return body.build().toString();
  }

  static String test(String eventId, String organisation, String actor, Instant at) {
    return base(eventId, WebhookEvent.TEST, organisation, at)
        .add("actor", actor)
        .add("detail", "A test event sent from the portal; nothing changed.")
        .build()
        .toString();
  }

  private static JsonObjectBuilder base(
      String eventId, WebhookEvent type, String organisation, Instant at) {
    return Json.createObjectBuilder()
        .add("id", eventId)
        .add("type", type.wireName())
        .add("occurredAt", at.toString())
        .add("organisation", organisation);
  }

  private static void nullable(JsonObjectBuilder body, String name, String value) {
    if (value == null) {
      body.addNull(name);
    } else {
      body.add(name, value);
    }
  }
}
