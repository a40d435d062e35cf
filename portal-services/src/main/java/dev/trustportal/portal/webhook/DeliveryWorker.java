package dev.trustportal.portal.webhook;

import dev.trustportal.portal.common.OutboxDrain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Drains the delivery outbox: every second (for retries and for deliveries queued on other
 * instances), and at once after deliveries are queued here. One drain at a time per instance; any
 * number of instances may drain the same database, as claims skip locked and claimed rows. The HTTP
 * call runs outside any transaction, so a slow receiver holds no row lock and no connection.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class DeliveryWorker {

  /** Bounded so that one drain does not hold a thread for long. */
  static final int MAX_PER_DRAIN = 50;

  private final OutboxDrain drain = new OutboxDrain("webhook delivery worker", 1, MAX_PER_DRAIN);

  @EJB DeliveryAttempts attempts;
  @Inject WebhookSender sender;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    drain();
  }

  @Asynchronous
  public void drainSoon() {
    drain();
  }

  private void drain() {
    drain.drain(this::deliverNext);
  }

  private boolean deliverNext() {
    Optional<DeliveryAttempts.Claimed> claimed = attempts.claimNext();
    if (claimed.isEmpty()) {
      return false;
    }
    DeliveryAttempts.Claimed attempt = claimed.get();
    DeliveryResult result = sender.send(attempt.delivery(), attempt.secret());
    attempts.record(attempt, result);
    return true;
  }
}
