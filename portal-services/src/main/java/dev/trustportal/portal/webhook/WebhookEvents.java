package dev.trustportal.portal.webhook;

import dev.trustportal.portal.audit.AuditAppended;
import dev.trustportal.portal.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns events of an organisation's audit chain into deliveries: for each hook of the organisation
 * that subscribes to the event's type, a row in the delivery outbox, written in the transaction
 * that appended the audit event. So a delivery exists exactly when the change it reports committed,
 * and it survives any restart once it does.
 */
@ApplicationScoped
public class WebhookEvents {

  // Field injection: the class needs a no-argument constructor for its client proxy.
  @Inject Webhooks webhooks;
  @Inject Clock clock;
  @Inject Event<DeliveryQueued> queued;

  void onAppended(@Observes AuditAppended appended) {
    AuditEntry entry = appended.entry();
    if (entry.organisation() == null) {
      return;
    }
    Optional<WebhookEvent> type = WebhookEvent.ofAuditAction(entry.action());
    if (type.isEmpty()) {
      return;
    }
    List<Long> hooks = webhooks.subscribedTo(entry.organisation(), type.get());
    if (hooks.isEmpty()) {
      return;
    }
    String eventId = UUID.randomUUID().toString();
    String body = WebhookPayloads.of(eventId, type.get(), entry);
    for (long hook : hooks) {
      webhooks.enqueue(hook, eventId, type.get(), body, clock.instant());
    }
    queued.fire(new DeliveryQueued());
  }
}
