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
 * The trust data this instance verified against a repository's pin when a change was filed, kept so
 * that publishing the change moments later can start from it instead of reading notary-server
 * again. It is handed out once, within {@link #LIFETIME}, and only while the pin is still exactly
 * the one that read left: every publish, by any instance, raises the pin's floors and every read
 * that sees newer data raises them too, so an unchanged pin means the portal has seen nothing newer
 * since. Whatever someone else published meanwhile, notary-server refuses an upload whose versions
 * are not newer than its own, and the publisher then reads afresh.
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

  /** After a read verified {@code trust} and left the pin as {@code pinLeft}. */
  void remember(Pin pinLeft, TrustedRepository trust) {
    Instant now = clock.instant();
    reads.values().removeIf(read -> read.expired(now));
    if (reads.size() >= CAPACITY) {
      reads.entrySet().stream()
          .min(Comparator.comparing(entry -> entry.getValue().at()))
          .ifPresent(oldest -> reads.remove(oldest.getKey(), oldest.getValue()));
    }
    reads.put(pinLeft.gun(), new Read(pinLeft, trust, now));
  }

  /**
   * The trust data remembered for the pin's GUN, if it was read within {@link #LIFETIME} and left
   * the pin exactly as {@code current} is; forgotten either way (one use).
   */
  Optional<TrustedRepository> take(Pin current) {
    Read read = reads.remove(current.gun());
    if (read == null || read.expired(clock.instant()) || !read.pinLeft().equals(current)) {
      return Optional.empty();
    }
    return Optional.of(read.trust());
  }

  void forget(String gun) {
    reads.remove(gun);
  }

  int size() {
    return reads.size();
  }

  private record Read(Pin pinLeft, TrustedRepository trust, Instant at) {
    boolean expired(Instant now) {
      return !now.isBefore(at.plus(LIFETIME));
    }
  }
}
