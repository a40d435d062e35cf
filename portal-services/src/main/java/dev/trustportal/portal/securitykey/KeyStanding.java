package dev.trustportal.portal.securitykey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a security key counts for one organisation's approvals (issue 20: a new key does not let
 * a password approve). It counts once another owner of the organisation confirmed it, once its
 * cooling-off period after registration has passed, or at once when it was registered before the
 * organisation first required approvals: its owners enrolled it while nothing needed their keys
 * (onboarding). Pure.
 *
 * @param approvalsRequiredSince when the organisation first asked an approval; empty while it never
 *     has
 */
public record KeyStanding(
    Instant registeredAt,
    Optional<Instant> approvalsRequiredSince,
    Optional<KeyConfirmation> confirmation,
    Duration coolingOff) {

  /** Why a key counts, or that it does not yet. */
  public enum Basis {
    CONFIRMED,
    ONBOARDING,
    COOLED_OFF,
    COOLING_OFF
  }

  public KeyStanding {
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(approvalsRequiredSince, "approvalsRequiredSince");
    Objects.requireNonNull(confirmation, "confirmation");
    if (coolingOff.isNegative()) {
      throw new IllegalArgumentException("A cooling-off period is not negative: " + coolingOff);
    }
  }

  /** Whether the key counts for the organisation's approvals at the instant. */
  public boolean countsAt(Instant at) {
    return basisAt(at) != Basis.COOLING_OFF;
  }

  public Basis basisAt(Instant at) {
    if (confirmation.isPresent()) {
      return Basis.CONFIRMED;
    }
    if (approvalsRequiredSince.map(registeredAt::isBefore).orElse(true)) {
      return Basis.ONBOARDING;
    }
    return at.isBefore(coolsOffAt()) ? Basis.COOLING_OFF : Basis.COOLED_OFF;
  }

  /** When the cooling-off period ends, from which the key counts without a confirmation. */
  public Instant coolsOffAt() {
    return registeredAt.plus(coolingOff);
  }
}
