package dev.trustportal.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

  private static final DeliverySchedule DEFAULT =
      new DeliverySchedule(
          DeliverySchedule.DEFAULT_BASE, DeliverySchedule.DEFAULT_CAP, DeliverySchedule.DAY);
  private static final Instant EVENT = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void waitsThirtySecondsThenDoublesUpToAnHour() {
    assertThat(
            IntStream.rangeClosed(1, 9)
                .mapToObj(DEFAULT::waitAfter)
                .map(Duration::toSeconds)
                .toList())
        .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
    assertThat(DEFAULT.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aConfiguredBaseOfOneSecondMakesTestsWaitSeconds() {
    DeliverySchedule fast =
        new DeliverySchedule(Duration.ofSeconds(1), Duration.ofHours(1), DeliverySchedule.DAY);

    assertThat(fast.waitAfter(1)).hasSeconds(1);
    assertThat(fast.waitAfter(4)).hasSeconds(8);
  }

  @Test
  void triesAgainWithinTheDayOfTheEvent() {
    Instant failedAt = EVENT.plusSeconds(10);

    assertThat(DEFAULT.next(EVENT, failedAt, 1)).contains(failedAt.plusSeconds(30));
  }

  @Test
  void givesUpOnceTheNextAttemptWouldBeMoreThan24HoursAfterTheEvent() {
    Instant late = EVENT.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(30));

    assertThat(DEFAULT.next(EVENT, late, 20)).isEmpty();
    assertThat(DEFAULT.next(EVENT, EVENT.plus(Duration.ofHours(22)), 20))
        .contains(EVENT.plus(Duration.ofHours(23)));
  }

  @Test
  void aBaseAboveTheCapIsRefused() {
    assertThatThrownBy(
            () ->
                new DeliverySchedule(
                    Duration.ofHours(2), Duration.ofHours(1), DeliverySchedule.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
