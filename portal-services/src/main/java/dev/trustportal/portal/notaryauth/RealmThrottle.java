package dev.trustportal.portal.notaryauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing at the token endpoint, which answers every request without a session and
 * is the one place a script can try passwords at the rate of the network: after {@value #USER_LIMIT}
 * failed sign-ins within {@link #WINDOW} for one username, or {@value #ADDRESS_LIMIT} from one address,
 * further attempts for it are refused without checking the password until the oldest failure leaves the
 * window. The address allows more because many honest users may share one (a NAT, a CI runner). Counted
 * in this JVM only: behind a load balancer each instance counts its own share, which still bounds the rate.
 */
@ApplicationScoped
public class RealmThrottle {

  static final int USER_LIMIT = 10;
  static final int ADDRESS_LIMIT = 30;
  static final Duration WINDOW = Duration.ofMinutes(1);
  static final int CAPACITY = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  public RealmThrottle(Clock clock) {
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected RealmThrottle() {
    this.clock = null;
  }

  /** How long to wait before trying again, or empty when an attempt is allowed now. */
  public Optional<Duration> retryAfter(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> byUser =
        username == null ? Optional.empty() : blocked("user " + username, USER_LIMIT, now);
    Optional<Duration> byAddress = blocked("address " + address, ADDRESS_LIMIT, now);
    if (byUser.isPresent() && byAddress.isPresent()) {
      return byUser.get().compareTo(byAddress.get()) >= 0 ? byUser : byAddress;
    }
    return byUser.isPresent() ? byUser : byAddress;
  }

  /** Counts a failed sign-in against the username (when one was given) and the address. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() >= CAPACITY) {
      failures.values().removeIf(times -> prune(times, now).isEmpty());
    }
    if (username != null) {
      record("user " + username, USER_LIMIT, now);
    }
    record("address " + address, ADDRESS_LIMIT, now);
  }

  private void record(String key, int limit, Instant now) {
    failures.compute(key, (k, times) -> {
      Deque<Instant> kept = times == null ? new ArrayDeque<>() : prune(times, now);
      synchronized (kept) {
        kept.addLast(now);
        while (kept.size() > limit) {
          kept.removeFirst();
        }
      }
      return kept;
    });
  }

  private Optional<Duration> blocked(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
    }
  }

  private static Deque<Instant> prune(Deque<Instant> times, Instant now) {
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
        times.removeFirst();
      }
      return times;
    }
  }
}
