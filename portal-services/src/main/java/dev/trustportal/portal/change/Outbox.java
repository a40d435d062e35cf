package dev.trustportal.portal.change;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The outbox of approved changes: a row per change waiting to be published, written in the
 * transaction of its approval. Several workers (threads and Payara instances) share it safely: a
 * claim takes a row with {@code FOR UPDATE SKIP LOCKED}, only the oldest change of each GUN is
 * claimable, and a claim holds for a lease so that a crashed worker's row comes back.
 */
public interface Outbox {

  /** A claimed row: the change and the token that proves the claim is still the claimer's. */
  record Claim(long changeId, String token) {}

  void enqueue(ChangeRequest change, Instant due);

  /** Claims the next due row whose change is the oldest queued one of its GUN, if any. */
  Optional<Claim> claimNext(Instant now, Duration lease);

  /**
   * Locks the claimed row for the rest of the transaction; false if it is gone or someone else's
   * now.
   */
  boolean lock(Claim claim);

  /** Releases the claim and makes the row due again at {@code next}. */
  void retryAt(long changeId, Instant next);

  /** The change reached its outcome: the row goes. */
  void remove(long changeId);
}
