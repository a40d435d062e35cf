package dev.trustportal.portal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryBandTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void anExpiryNowOrBeforeIsExpired() {
    assertThat(ExpiryBand.of(NOW, NOW)).isEqualTo(ExpiryBand.EXPIRED);
    assertThat(ExpiryBand.of(NOW.minusSeconds(1), NOW)).isEqualTo(ExpiryBand.EXPIRED);
  }

  @Test
  void lessThanSevenDaysLeftIsTheWeekBand() {
    assertThat(ExpiryBand.of(NOW.plusSeconds(1), NOW)).isEqualTo(ExpiryBand.WEEK);
    assertThat(ExpiryBand.of(NOW.plus(Duration.ofDays(7)).minusSeconds(1), NOW))
        .isEqualTo(ExpiryBand.WEEK);
  }

  @Test
  void sevenToThirtyDaysLeftIsTheMonthBand() {
    assertThat(ExpiryBand.of(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo(ExpiryBand.MONTH);
    assertThat(ExpiryBand.of(NOW.plus(Duration.ofDays(30)).minusSeconds(1), NOW))
        .isEqualTo(ExpiryBand.MONTH);
  }

  @Test
  void thirtyDaysOrMoreIsLater() {
    assertThat(ExpiryBand.of(NOW.plus(Duration.ofDays(30)), NOW)).isEqualTo(ExpiryBand.LATER);
    assertThat(ExpiryBand.of(NOW.plus(Duration.ofDays(3 * 365)), NOW)).isEqualTo(ExpiryBand.LATER);
  }
}
