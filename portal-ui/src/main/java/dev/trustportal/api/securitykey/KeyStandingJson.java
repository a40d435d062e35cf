package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.KeyConfirmation;
import dev.trustportal.portal.securitykey.KeyStandingSummary;
import java.time.Instant;

/**
 * Whether a key counts for one organisation's approvals now ({@code counts}) and why: {@code basis}
 * {@code CONFIRMED} (by {@code confirmedBy} at {@code confirmedAt}), {@code ONBOARDING} (registered
 * before the organisation first required approvals), {@code COOLED_OFF}, or {@code COOLING_OFF}
 * until {@code countsFrom}.
 */
public record KeyStandingJson(
    String organisation,
    boolean counts,
    String basis,
    Instant countsFrom,
    String confirmedBy,
    Instant confirmedAt) {

  static KeyStandingJson of(KeyStandingSummary s) {
    return new KeyStandingJson(
        s.organisation(),
        s.counts(),
        s.basis().name(),
        s.countsFrom(),
        s.confirmation().map(KeyConfirmation::confirmedBy).orElse(null),
        s.confirmation().map(KeyConfirmation::confirmedAt).orElse(null));
  }
}
