package dev.trustportal.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes guessing passwords slow for the guesser only. Every password check (HTTP Basic, the sign-in
 * form, the notary token service) asks first, and reports its failures. Two counters grow with
 * failures:
 *
 * <ul>
 *   <li>one per account and client: after {@value #ACCOUNT_FREE_FAILURES} failures, each further
 *       one pauses that client's attempts on that account for 5, 10, 20 ... seconds, at most {@link
 *       #LONGEST}; the same account from another client is not paused, so its owner signs in while
 *       a guesser waits;
 *   <li>one per client, over all accounts (a password sprayed over many): the same after {@value
 *       #CLIENT_FREE_FAILURES} failures; its failures are forgotten after {@link #FORGET}.
 * </ul>
 *
 * During a pause nothing is checked (the right password too is answered 429), so a paused guesser
 * learns nothing. A success clears the account-and-client counter. A burst is what happens between
 * the first pause of a counter and its clearing: {@link #failed} says when one starts, so that it
 * is audited once, not per attempt. Counted in this JVM: behind a load balancer each instance
 * counts its share.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int ACCOUNT_FREE_FAILURES = 5;
  static final int CLIENT_FREE_FAILURES = 100;
  static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
  static final Duration LONGEST = Duration.ofMinutes(15);
  static final Duration FORGET = Duration.ofMinutes(30);
  static final int CAPACITY = 50_000;

  /** A counter: failures so far, the last one, and until when attempts pause. */
  private record Counter(int failures, Instant last, Instant pausedUntil) {}

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected SignInThrottle() {
    this.clock = null;
  }

  /**
   * How long this client waits before its next attempt on the account, or empty if it may try now.
   */
  public Optional<Duration> retryAfter(String username, String client) {
    Instant now = clock.instant();
    Instant until =
        later(pausedUntil(accountKey(username, client), now), pausedUntil(clientKey(client), now));
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /**
   * Counts a failed password check.
   *
   * @return the pause that begins with it, if this failure starts a burst (the first pause of a
   *     counter)
   */
  public Optional<Duration> failed(String username, String client) {
    Instant now = clock.instant();
    if (counters.size() >= CAPACITY) {
      counters.values().removeIf(c -> c.last().plus(FORGET).isBefore(now));
    }
    Counter account = count(accountKey(username, client), ACCOUNT_FREE_FAILURES, now);
    Counter byClient = count(clientKey(client), CLIENT_FREE_FAILURES, now);
    boolean burstStarts =
        account.failures() == ACCOUNT_FREE_FAILURES || byClient.failures() == CLIENT_FREE_FAILURES;
    return burstStarts
        ? Optional.of(Duration.between(now, later(account.pausedUntil(), byClient.pausedUntil())))
        : Optional.empty();
  }

  /** A correct password: this client's counter for the account starts again. */
  public void succeeded(String username, String client) {
    counters.remove(accountKey(username, client));
  }

  private Counter count(String key, int free, Instant now) {
    return counters.compute(
        key,
        (k, old) -> {
          int failures =
              old == null || old.last().plus(FORGET).isBefore(now) ? 1 : old.failures() + 1;
          return new Counter(failures, now, now.plus(pause(failures, free)));
        });
  }

  /**
   * 0 up to the free failures, then {@link #FIRST_PAUSE} doubling with each failure, at most {@link
   * #LONGEST}.
   */
  static Duration pause(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 20);
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
  }

  private Instant pausedUntil(String key, Instant now) {
    Counter counter = counters.get(key);
    return counter == null ? now : counter.pausedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String accountKey(String username, String client) {
    return "account " + (username == null ? "" : username) + " from " + client;
  }

  private static String clientKey(String client) {
    return "client " + client;
  }
}
