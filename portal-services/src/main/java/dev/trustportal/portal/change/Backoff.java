package dev.trustportal.portal.change;

import java.time.Duration;

/**
 * How long publishing waits before trying a change again: 1 s after the first failed attempt,
 * doubling after each further one, never more than 30 s, so that a notary-server back from an
 * outage sees its queue drained within half a minute.
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration CAP = Duration.ofSeconds(30);

  private Backoff() {}

  /** The wait after {@code failedAttempts} failed attempts (1 or more). */
  public static Duration after(int failedAttempts) {
    int doublings = Math.max(0, failedAttempts - 1);
    if (doublings >= 5) {
      return CAP;
    }
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(CAP) > 0 ? CAP : wait;
  }
}
