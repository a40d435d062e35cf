package dev.trustportal.portal.common;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The drain loop of an outbox worker: rounds of at most {@code maxPerRound} items, at most {@code
 * concurrent} rounds at a time. A request that finds every round busy is not lost: it leaves a mark
 * that a finishing round sees, and that round goes once more. Otherwise an item queued just after a
 * busy round looked at the outbox would wait for the next tick.
 */
public final class OutboxDrain {
  private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

  private final String name;
  private final int maxPerRound;
  private final Semaphore rounds;
  private final AtomicBoolean requested = new AtomicBoolean();

  public OutboxDrain(String name, int concurrent, int maxPerRound) {
    this.name = name;
    this.maxPerRound = maxPerRound;
    this.rounds = new Semaphore(concurrent);
  }

  /** Calls {@code next} until it finds nothing more (returns false) or the round is full. */
  public void drain(BooleanSupplier next) {
    requested.set(true);
    while (requested.get() && rounds.tryAcquire()) {
      try {
        requested.set(false);
        round(next);
      } finally {
        rounds.release();
      }
    }
  }

  private void round(BooleanSupplier next) {
    try {
      for (int i = 0; i < maxPerRound && next.getAsBoolean(); i++) {
        // each call handles one item
      }
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next tick tries again.
      LOG.log(Level.WARNING, name + " stopped this round", e);
    }
  }
}
