package dev.trustportal.portal.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of one delivery attempt, each in a transaction of its own: claim a due delivery (for a
 * lease, so that no other worker on any instance takes it), then, after the HTTP call made outside
 * any transaction, record the outcome. An instance that dies between the two leaves the claim to
 * expire and the delivery is sent again: at least once, never lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryAttempts {

  /** A claimed attempt: the delivery and its opened secret. */
  public record Claimed(Webhooks.Claim claim, PendingDelivery delivery, String secret) {}

  // Field injection: EJBs need a no-argument constructor.
  @Inject Webhooks webhooks;
  @Inject WebhookSecrets secrets;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  /** Longer than an attempt can take (5 s to connect, 10 s to answer). */
  @Inject
  @ConfigProperty(name = "portal.webhooks.lease", defaultValue = "PT1M")
  Duration lease;

  public Optional<Claimed> claimNext() {
    Optional<Webhooks.Claim> claim = webhooks.claimNext(clock.instant(), lease);
    return claim.flatMap(
        c -> webhooks.load(c).map(d -> new Claimed(c, d, secrets.open(d.webhookId(), d.secret()))));
  }

  public void record(Claimed claimed, DeliveryResult result) {
    Instant now = clock.instant();
    if (result.delivered()) {
      webhooks.delivered(claimed.claim(), result.status(), now);
      return;
    }
    PendingDelivery delivery = claimed.delivery();
    Optional<Instant> next =
        settings.schedule().next(delivery.createdAt(), now, delivery.attempts() + 1);
    webhooks.failed(claimed.claim(), result.status(), result.error(), next, now);
  }
}
