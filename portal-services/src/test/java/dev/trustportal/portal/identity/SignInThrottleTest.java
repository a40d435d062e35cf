package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private Instant now = Instant.parse("2026-12-07T02:00:00Z");
  private final SignInThrottle throttle =
      new SignInThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void fourFailuresDoNotPause() {
    failTimes(4, "alice", "10.0.0.1");

    assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void theFifthFailurePausesThatClientOnThatAccountAndStartsABurst() {
    failTimes(4, "alice", "10.0.0.1");

    assertThat(throttle.failed("alice", "10.0.0.1")).contains(Duration.ofSeconds(5));
    assertThat(throttle.retryAfter("alice", "10.0.0.1")).contains(Duration.ofSeconds(5));
    assertThat(throttle.retryAfter("alice", "10.0.0.2"))
        .as("the owner on another client")
        .isEmpty();
    assertThat(throttle.retryAfter("bob", "10.0.0.1"))
        .as("another account from the guesser")
        .isEmpty();
  }

  @Test
  void pausesDoubleWithEachFailureAndTheBurstIsReportedOnce() {
    failTimes(5, "alice", "10.0.0.1");
    now = now.plusSeconds(5);
    assertThat(throttle.failed("alice", "10.0.0.1")).as("same burst").isEmpty();
    assertThat(throttle.retryAfter("alice", "10.0.0.1")).contains(Duration.ofSeconds(10));
    now = now.plusSeconds(10);
    throttle.failed("alice", "10.0.0.1");
    assertThat(throttle.retryAfter("alice", "10.0.0.1")).contains(Duration.ofSeconds(20));
  }

  @Test
  void pausesStopAtFifteenMinutes() {
    assertThat(SignInThrottle.pause(60, 5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(SignInThrottle.pause(4, 5)).isZero();
  }

  @Test
  void aSuccessStartsTheAccountCounterAgain() {
    failTimes(5, "alice", "10.0.0.1");
    now = now.plusSeconds(5);
    throttle.succeeded("alice", "10.0.0.1");

    failTimes(4, "alice", "10.0.0.1");
    assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void sprayingOverManyAccountsFromOneClientPausesThatClient() {
    for (int i = 0; i < SignInThrottle.CLIENT_FREE_FAILURES; i++) {
      throttle.failed("user" + i, "10.0.0.3");
    }

    assertThat(throttle.retryAfter("someone-else", "10.0.0.3")).isPresent();
    assertThat(throttle.retryAfter("someone-else", "10.0.0.4")).isEmpty();
  }

  @Test
  void failuresLongAgoAreForgotten() {
    failTimes(5, "alice", "10.0.0.1");
    now = now.plus(SignInThrottle.FORGET).plusSeconds(1);

    assertThat(throttle.failed("alice", "10.0.0.1")).isEmpty();
    assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
  }

  private void failTimes(int times, String username, String client) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, client);
    }
  }
}
