package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
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

  /**
   * The expiry of a root signed at {@code now} to live {@code lifetime}, but never past the first
   * of its root keys' certificates to expire: a client no longer trusts the key after that.
   */
  static Instant root(Instant now, Duration lifetime, Root root) {
    Instant wanted = now.plus(lifetime);
    return RootCertificates.validUntil(root.keysOf(RoleName.ROOT).values())
        .filter(wanted::isAfter)
        .orElse(wanted);
  }

  static Instant targets(Instant now) {
    return now.plus(TARGETS);
  }
}
