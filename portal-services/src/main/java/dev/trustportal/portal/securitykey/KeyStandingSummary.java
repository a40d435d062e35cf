package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a key stands in one organisation now: whether it counts for approvals, why ({@code basis}),
 * from when it will without a confirmation ({@code countsFrom}, the end of its cooling-off), and
 * who confirmed it.
 */
public record KeyStandingSummary(
    String organisation,
    boolean counts,
    KeyStanding.Basis basis,
    Instant countsFrom,
    Optional<KeyConfirmation> confirmation) {

  static KeyStandingSummary of(String organisation, KeyStanding standing, Instant now) {
    return new KeyStandingSummary(
        organisation,
        standing.countsAt(now),
        standing.basisAt(now),
        standing.coolsOffAt(),
        standing.confirmation());
  }
}
