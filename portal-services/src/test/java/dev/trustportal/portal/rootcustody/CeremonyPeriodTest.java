package dev.trustportal.portal.rootcustody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CeremonyPeriodTest {

  @Test
  void aCeremonyIsOpenForTwentyFourHoursUnlessConfiguredOtherwise() {
    assertThat(new CeremonyPeriod("PT24H").length()).isEqualTo(Duration.ofHours(24));
    assertThat(new CeremonyPeriod(" PT30S ").length()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aPeriodThatIsNoPositiveIsoDurationIsRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> new CeremonyPeriod("24h"))
        .hasMessageContaining("ISO-8601 duration such as PT24H, not 24h");
    assertThatThrownBy(() -> new CeremonyPeriod("PT0S")).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new CeremonyPeriod("-PT1H")).hasMessageContaining("must be positive");
  }
}
