package dev.trustportal.portal.webhook;

import dev.trustportal.portal.common.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhooks of organisations and their deliveries; runs in the caller's transaction. */
public interface Webhooks {

  /** A claimed delivery and the token that proves the claim is still the claimer's. */
  record Claim(long deliveryId, String token) {}

  long nextId();

  void store(
      String organisation,
      long id,
      WebhookUrl url,
      List<WebhookEvent> events,
      SealedSecret secret,
      String createdBy,
      Instant createdAt);

  List<WebhookSummary> of(String organisation);

  Optional<WebhookSummary> find(String organisation, long id);

  /** Removes the hook with its delivery log; false if there was none. */
  boolean delete(String organisation, long id);

  /** The IDs of the organisation's hooks that subscribe to {@code event}. */
  List<Long> subscribedTo(String organisation, WebhookEvent event);

  List<DeliverySummary> deliveries(long webhookId, PageRequest request);

  long countDeliveries(long webhookId);

  /** Puts a delivery in the outbox, due at once; returns its ID. */
  long enqueue(long webhookId, String eventId, WebhookEvent type, String body, Instant now);

  Optional<DeliverySummary> delivery(long id);

  /**
   * Claims the next due delivery for {@code lease} ({@code FOR UPDATE SKIP LOCKED}: workers on any
   * instance never take the same row), if any.
   */
  Optional<Claim> claimNext(Instant now, Duration lease);

  Optional<PendingDelivery> load(Claim claim);

  /** The claimed delivery got a 2xx: it leaves the outbox. False if the claim was lost. */
  boolean delivered(Claim claim, int status, Instant now);

  /**
   * The claimed attempt failed: tried again at {@code next}, or FAILED for good when empty. False
   * if the claim was lost.
   */
  boolean failed(Claim claim, Integer status, String error, Optional<Instant> next, Instant now);
}
