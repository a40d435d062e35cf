package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void startsAtOneSecondAndDoublesUpToThirtySeconds() {
    assertThat(IntStream.rangeClosed(1, 8).mapToObj(Backoff::after).map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void staysAtTheCapForever() {
    assertThat(Backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    assertThat(Backoff.after(0)).isEqualTo(Duration.ofSeconds(1));
  }
}
