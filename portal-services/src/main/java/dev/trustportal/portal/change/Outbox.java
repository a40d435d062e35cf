package dev.trustportal.portal.change;

import java.time.Instant;
import java.util.Optional;

/**
 * The outbox of approved changes: a row per change waiting to be published, written in the
 * transaction of its approval. Several workers (threads and Payara instances) share it safely: a
 * worker locks a row with {@code FOR UPDATE SKIP LOCKED} for the transaction that publishes it,
 * only the oldest change of each GUN can be taken, and a worker that dies loses its lock with its
 * database connection.
 */
public interface Outbox {

  void enqueue(ChangeRequest change, Instant due);

  /**
   * Locks the next due row whose change is the oldest queued one of its GUN, if any, for the rest
   * of the transaction; answers its change ID.
   */
  Optional<Long> lockNext(Instant now);

  /** Makes the row due again at {@code next}. */
  void retryAt(long changeId, Instant next);

  /** The change reached its outcome: the row goes. */
  void remove(long changeId);
}
