package dev.trustportal.portal.change;

import dev.trustportal.portal.common.OutboxDrain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox: every second (for retries, and for changes queued on other instances), and at
 * once after a change is queued here ({@link #drainSoon()}). At most two drains run at a time per
 * instance; any number of instances may drain the same database, as each takes a row locked for the
 * transaction that publishes it and skips locked rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class PublishingWorker {

  /** Enough for a burst, bounded so that one drain does not hold a thread for long. */
  static final int MAX_PER_DRAIN = 100;

  private static final long NONE = -1;

  private static final Logger LOG = Logger.getLogger(PublishingWorker.class.getName());

  private final OutboxDrain drain = new OutboxDrain("publishing worker", 2, MAX_PER_DRAIN);

  @EJB ChangePublisher publisher;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    drain();
  }

  @Asynchronous
  public void drainSoon() {
    drain();
  }

  private void drain() {
    drain.drain(this::publishNext);
  }

  private boolean publishNext() {
    AtomicLong claimed = new AtomicLong(NONE);
    try {
      return publisher.publishNext(claimed::set);
    } catch (EJBException crashed) {
      if (claimed.get() == NONE) {
        throw crashed; // no change taken: the round stops, the next tick tries again
      }
      LOG.log(Level.WARNING, "publishing change " + claimed.get() + " failed", crashed);
      publisher.retryAfterCrash(
          claimed.get(), String.valueOf(crashed.getCause() == null ? crashed : crashed.getCause()));
      return true;
    }
  }
}
