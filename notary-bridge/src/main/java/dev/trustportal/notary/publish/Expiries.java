package dev.trustportal.notary.publish;

import java.time.Duration;
import java.time.Instant;

/**
 * notary's default expiries (facts §7, 365-day years): root 10 years; targets, delegations,
 * snapshot 3 years.
 */
final class Expiries {
  static final Duration ROOT = Duration.ofDays(3650);
  static final Duration TARGETS = Duration.ofDays(1095);

  private Expiries() {}

  static Instant root(Instant now) {
    return now.plus(ROOT);
  }

  static Instant targets(Instant now) {
    return now.plus(TARGETS);
  }
}
