package dev.trustportal.portal.webhook;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's webhooks, for its owners only: every call passes the tenancy check first (a
 * non-member gets "not found", audited; a member who is not an owner is refused, audited), then the
 * input is validated. Registering and deleting a hook go to the organisation's audit chain.
 */
@Stateless
@PermitAll
public class WebhookService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Tenancy tenancy;
  @Inject CallerContext caller;
  @Inject Webhooks webhooks;
  @Inject WebhookSecrets secrets;
  @Inject WebhookSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<DeliveryQueued> queued;

  public List<WebhookSummary> list(String organisation) {
    requireOwner(organisation);
    return webhooks.of(organisation);
  }

  /** Registers a hook and returns it with its secret, which is shown this once. */
  public CreatedWebhook create(String organisation, CreateWebhook command) {
    requireOwner(organisation);
    WebhookUrl url = WebhookUrl.parse(command.url(), settings.loopbackAllowed());
    List<WebhookEvent> events = events(command.events());
    Destinations.check(url, Destinations.DNS, settings.loopbackAllowed());
    long id = webhooks.nextId();
    String secret = WebhookSignature.newSecret();
    Instant now = clock.instant();
    webhooks.store(organisation, id, url, events, secrets.seal(id, secret), caller.username(), now);
    WebhookSummary created = webhooks.find(organisation, id).orElseThrow();
    record(
        organisation,
        "webhook.created",
        url.toString(),
        "Webhook " + id + " for " + String.join(", ", created.events()) + ".");
    return new CreatedWebhook(created, secret);
  }

  /** Deletes a hook with its delivery log; deliveries still waiting are dropped. */
  public void delete(String organisation, String id) {
    requireOwner(organisation);
    WebhookSummary hook = hook(organisation, id);
    webhooks.delete(organisation, hook.id());
    record(organisation, "webhook.deleted", hook.url(), "Webhook " + hook.id() + " deleted.");
  }

  /** The hook's delivery log, newest first. */
  public Page<DeliverySummary> deliveries(String organisation, String id, PageRequest request) {
    requireOwner(organisation);
    WebhookSummary hook = hook(organisation, id);
    return new Page<>(
        webhooks.deliveries(hook.id(), request),
        request.page(),
        request.size(),
        webhooks.countDeliveries(hook.id()));
  }

  /** Queues a {@code webhook.test} event for the hook; it is delivered and logged as any other. */
  public DeliverySummary sendTest(String organisation, String id) {
    requireOwner(organisation);
    WebhookSummary hook = hook(organisation, id);
    String eventId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    String body = WebhookPayloads.test(eventId, organisation, caller.username(), now);
    long delivery = webhooks.enqueue(hook.id(), eventId, WebhookEvent.TEST, body, now);
    queued.fire(new DeliveryQueued());
    return webhooks.delivery(delivery).orElseThrow();
  }

  /** The event types an owner may choose, by wire name. */
  public List<String> eventTypes() {
    return WebhookEvent.subscribable().stream().map(WebhookEvent::wireName).toList();
  }

  private void requireOwner(String organisation) {
    tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
  }

  private WebhookSummary hook(String organisation, String id) {
    try {
      return webhooks
          .find(organisation, Long.parseLong(id))
          .orElseThrow(() -> new WebhookNotFoundException(organisation, id));
    } catch (NumberFormatException notAnId) {
      throw new WebhookNotFoundException(organisation, String.valueOf(id));
    }
  }

  private static List<WebhookEvent> events(List<String> names) {
    if (names.isEmpty()) {
      throw InvalidWebhookException.noEvents();
    }
    return List.copyOf(new LinkedHashSet<>(names.stream().map(WebhookEvent::parse).toList()));
  }

  private void record(String organisation, String action, String target, String detail) {
    audit.record(
        new AuditRecord(
            organisation, caller.username(), action, target, Outcome.SUCCEEDED, detail));
  }
}
