package dev.trustportal.portal.notaryauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RealmThrottleTest {

  private Instant now = Instant.parse("2026-12-05T20:00:00Z");
  private final RealmThrottle throttle = new RealmThrottle(new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  });

  @Test
  void tenFailuresForAUsernameBlockItForTheRestOfTheMinute() {
    failTimes(10, "alice", "10.0.0.1");
    now = now.plusSeconds(20);

    assertThat(throttle.retryAfter("alice", "10.0.0.9")).contains(Duration.ofSeconds(40));
    assertThat(throttle.retryAfter("bob", "10.0.0.9")).isEmpty();
  }

  @Test
  void thirtyFailuresFromAnAddressBlockEveryUsernameTriedFromIt() {
    for (int i = 0; i < 29; i++) {
      throttle.failed("user" + i, "10.0.0.2");
    }
    assertThat(throttle.retryAfter("someone-else", "10.0.0.2")).isEmpty();
    throttle.failed("user29", "10.0.0.2");

    assertThat(throttle.retryAfter("someone-else", "10.0.0.2")).isPresent();
    assertThat(throttle.retryAfter("someone-else", "10.0.0.3")).isEmpty();
  }

  @Test
  void nineFailuresDoNotBlock() {
    failTimes(9, "alice", "10.0.0.1");

    assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresOlderThanAMinuteNoLongerCount() {
    failTimes(10, "alice", "10.0.0.1");
    now = now.plusSeconds(60);

    assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void aMalformedCredentialWithoutUsernameCountsAgainstTheAddress() {
    failTimes(30, null, "10.0.0.4");

    assertThat(throttle.retryAfter(null, "10.0.0.4")).isPresent();
  }

  private void failTimes(int times, String username, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }
}
