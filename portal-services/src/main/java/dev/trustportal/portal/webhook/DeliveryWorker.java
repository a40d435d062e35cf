package dev.trustportal.portal.webhook;

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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  private final Semaphore drains = new Semaphore(1);
  private final AtomicBoolean requested = new AtomicBoolean();

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

  /* A request that finds the drain busy leaves a mark the finishing drain sees (as PublishingWorker). */
  private void drain() {
    requested.set(true);
    while (requested.get() && drains.tryAcquire()) {
      try {
        requested.set(false);
        drainRound();
      } finally {
        drains.release();
      }
    }
  }

  private void drainRound() {
    try {
      for (int i = 0; i < MAX_PER_DRAIN && deliverNext(); i++) {
        // each iteration makes one attempt
      }
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next tick tries again.
      LOG.log(Level.WARNING, "webhook delivery worker stopped this round", e);
    }
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
