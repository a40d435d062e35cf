package dev.trustportal.portal.pinning;

import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trust data this instance last verified against a repository's pin when a change was filed, or
 * last published itself, kept so that filing and publishing a change moments later can start from
 * it instead of reading notary-server again. It counts only within {@link #LIFETIME} and only while
 * the pin still has the root and floors that read or publish left: every publish, by any instance,
 * raises the pin's floors and every read that sees newer data raises them too, so an unchanged pin
 * means the portal has seen nothing newer since. Delegation keys allowed since (a publisher allows
 * a change's keys when it claims the change) do not count: allowing a key says what the portal may
 * put into targets next, not that anything changed. Whatever someone else published meanwhile,
 * notary-server refuses an upload whose versions are not newer than its own, and the publisher then
 * reads afresh.
 */
final class RecentReads {

  /** As long as the bridge trusts a state it published itself (its {@code RecentlyPublished}). */
  static final Duration LIFETIME = Duration.ofMinutes(1);

  /** Bounds the memory: a burst of filings larger than this reads notary again when publishing. */
  static final int CAPACITY = 256;

  private final Map<String, Read> reads = new ConcurrentHashMap<>();
  private final Clock clock;

  RecentReads(Clock clock) {
    this.clock = clock;
  }

  /** After a read verified {@code trust} from notary-server and left the pin as {@code pinLeft}. */
  void remember(Pin pinLeft, TrustedRepository trust) {
    put(new Read(pinLeft, trust, clock.instant(), true));
  }

  /**
   * After a publish of the portal's own left {@code trust} (what it published on, with what it
   * uploaded) and the pin as {@code pinLeft}. Its delegations' tags are those of the data that
   * publish started from, which may be older than the last tags signers pushed.
   */
  void rememberPublished(Pin pinLeft, TrustedRepository trust) {
    put(new Read(pinLeft, trust, clock.instant(), false));
  }

  private void put(Read read) {
    reads.values().removeIf(r -> r.expired(read.at()));
    if (reads.size() >= CAPACITY) {
      reads.entrySet().stream()
          .min(Comparator.comparing(entry -> entry.getValue().at()))
          .ifPresent(oldest -> reads.remove(oldest.getKey(), oldest.getValue()));
    }
    reads.put(read.pinLeft().gun(), read);
  }

  /**
   * The trust data remembered for the pin's GUN, if it was remembered within {@link #LIFETIME} and
   * the pin is still as it was left ({@link #unchangedSince}); kept for the next caller (a filing).
   */
  Optional<TrustedRepository> peek(Pin current) {
    return valid(reads.get(current.gun()), current, false);
  }

  /**
   * As {@link #peek}, but forgotten either way (one use: the publisher's); with {@code readOnly},
   * only trust data read from notary-server, not what a publish left.
   */
  Optional<TrustedRepository> take(Pin current, boolean readOnly) {
    return valid(reads.remove(current.gun()), current, readOnly);
  }

  private Optional<TrustedRepository> valid(Read read, Pin current, boolean readOnly) {
    if (read == null
        || (readOnly && !read.fromServer())
        || read.expired(clock.instant())
        || !unchangedSince(read.pinLeft(), current)) {
      return Optional.empty();
    }
    return Optional.of(read.trust());
  }

  /**
   * Same root and floors, and at least the delegation keys allowed then: the portal has seen
   * nothing newer of the repository since.
   */
  static boolean unchangedSince(Pin left, Pin current) {
    return left.gun().equals(current.gun())
        && left.root().equals(current.root())
        && left.floors().equals(current.floors())
        && current.targetsKeyIds().containsAll(left.targetsKeyIds());
  }

  void forget(String gun) {
    reads.remove(gun);
  }

  int size() {
    return reads.size();
  }

  private record Read(Pin pinLeft, TrustedRepository trust, Instant at, boolean fromServer) {
    boolean expired(Instant now) {
      return !now.isBefore(at.plus(LIFETIME));
    }
  }
}
