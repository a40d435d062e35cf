package dev.trustportal.portal.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code base}, doubling after each further failure,
 * never more than {@code cap} apart, and not after 24 hours from the event: then the delivery has
 * failed for good. The base is configurable ({@code portal.webhooks.backoff-base}) so that tests
 * wait seconds where production waits half a minute.
 */
public record DeliverySchedule(Duration base, Duration cap, Duration giveUpAfter) {

  public static final Duration DEFAULT_BASE = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CAP = Duration.ofHours(1);
  public static final Duration DAY = Duration.ofHours(24);

  public DeliverySchedule {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= cap, not " + base + " and " + cap);
    }
  }

  /** The wait after {@code failedAttempts} failed attempts (1 or more). */
  public Duration waitAfter(int failedAttempts) {
    int doublings = Math.max(0, failedAttempts - 1);
    Duration wait = base;
    for (int i = 0; i < doublings && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /**
   * The next attempt of a delivery of an event at {@code eventAt} after its {@code
   * failedAttempts}-th failure at {@code now}, or empty when that would be past the 24 hours.
   */
  public Optional<Instant> next(Instant eventAt, Instant now, int failedAttempts) {
    Instant next = now.plus(waitAfter(failedAttempts));
    return next.isAfter(eventAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
  }
}
