package dev.trustportal.portal.rootcustody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCeremonyTest {

  @Test
  void anOpenRotationGivesRecoveryKits() {
    assertThat(ceremony(CeremonyOperation.ROTATE_ROOT, CeremonyState.OPEN).givesRecoveryKit())
        .isTrue();
    assertThat(
            ceremony(CeremonyOperation.HAND_ROOT_TO_CUSTODIANS, CeremonyState.OPEN)
                .givesRecoveryKit())
        .isTrue();
  }

  @Test
  void aReturnToThePortalGivesNoRecoveryKitBecauseNoRootNamesTheCustodiansKeysAfterwards() {
    assertThat(
            ceremony(CeremonyOperation.RETURN_ROOT_TO_SERVER, CeremonyState.OPEN)
                .givesRecoveryKit())
        .isFalse();
  }

  @Test
  void aClosedCeremonyGivesNoRecoveryKit() {
    for (CeremonyState closed : List.of(CeremonyState.PUBLISHED, CeremonyState.EXPIRED)) {
      assertThat(ceremony(CeremonyOperation.ROTATE_ROOT, closed).givesRecoveryKit()).isFalse();
    }
  }

  private static RootCeremony ceremony(CeremonyOperation operation, CeremonyState state) {
    Instant now = Instant.parse("2026-12-07T00:00:00Z");
    return new RootCeremony(
        1,
        "acme",
        "registry.example/acme/app",
        operation.name(),
        "0".repeat(64),
        2,
        3,
        state,
        now,
        now.plusSeconds(86400),
        List.of(),
        null);
  }
}
