package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.securitykey.KeyStanding.Basis;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyStandingTest {

  private static final Instant REGISTERED = Instant.parse("2026-12-07T10:00:00Z");
  private static final Duration COOLING_OFF = Duration.ofHours(72);
  private static final Optional<Instant> REQUIRED_BEFORE =
      Optional.of(REGISTERED.minusSeconds(3600));

  @Test
  void aKeyRegisteredAfterApprovalsWereRequiredDoesNotCountDuringItsCoolingOff() {
    KeyStanding standing =
        new KeyStanding(REGISTERED, REQUIRED_BEFORE, Optional.empty(), COOLING_OFF);

    assertThat(standing.countsAt(REGISTERED)).isFalse();
    assertThat(standing.countsAt(REGISTERED.plus(COOLING_OFF).minusMillis(1))).isFalse();
    assertThat(standing.basisAt(REGISTERED)).isEqualTo(Basis.COOLING_OFF);
    assertThat(standing.coolsOffAt()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
  }

  @Test
  void aKeyCountsOnceItsCoolingOffHasPassed() {
    KeyStanding standing =
        new KeyStanding(REGISTERED, REQUIRED_BEFORE, Optional.empty(), COOLING_OFF);

    assertThat(standing.countsAt(REGISTERED.plus(COOLING_OFF))).isTrue();
    assertThat(standing.basisAt(REGISTERED.plus(COOLING_OFF))).isEqualTo(Basis.COOLED_OFF);
  }

  @Test
  void aKeyAnotherOwnerConfirmedCountsAtOnce() {
    KeyConfirmation confirmed = new KeyConfirmation("bob", REGISTERED.plusSeconds(60));
    KeyStanding standing =
        new KeyStanding(REGISTERED, REQUIRED_BEFORE, Optional.of(confirmed), COOLING_OFF);

    assertThat(standing.countsAt(REGISTERED.plusSeconds(61))).isTrue();
    assertThat(standing.basisAt(REGISTERED.plusSeconds(61))).isEqualTo(Basis.CONFIRMED);
  }

  @Test
  void keysRegisteredWhileTheOrganisationRequiredNoApprovalCountAtOnce() {
    KeyStanding onboarded =
        new KeyStanding(
            REGISTERED, Optional.of(REGISTERED.plusSeconds(1)), Optional.empty(), COOLING_OFF);
    KeyStanding neverRequired =
        new KeyStanding(REGISTERED, Optional.empty(), Optional.empty(), COOLING_OFF);

    assertThat(onboarded.basisAt(REGISTERED.plusSeconds(2))).isEqualTo(Basis.ONBOARDING);
    assertThat(neverRequired.basisAt(REGISTERED)).isEqualTo(Basis.ONBOARDING);
  }

  @Test
  void aKeyRegisteredAtTheInstantApprovalsWereRequiredWaits() {
    KeyStanding standing =
        new KeyStanding(REGISTERED, Optional.of(REGISTERED), Optional.empty(), COOLING_OFF);

    assertThat(standing.countsAt(REGISTERED.plusSeconds(1))).isFalse();
  }

  @Test
  void aNegativeCoolingOffIsRefused() {
    assertThatThrownBy(
            () ->
                new KeyStanding(
                    REGISTERED, Optional.empty(), Optional.empty(), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
