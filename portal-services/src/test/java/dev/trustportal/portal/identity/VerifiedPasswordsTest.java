package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  private static final String HASH = "pbkdf2-sha512$210000$c2FsdA==$aGFzaA==";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final VerifiedPasswords verified = new VerifiedPasswords(clock);

  @Test
  void aRememberedPasswordCountsAsVerified() {
    verified.remember("alice", HASH, "correct horse".toCharArray());

    assertThat(verified.recentlyVerified("alice", HASH, "correct horse".toCharArray())).isTrue();
  }

  @Test
  void anotherPasswordOrAnotherUserIsNotVerified() {
    verified.remember("alice", HASH, "correct horse".toCharArray());

    assertThat(verified.recentlyVerified("alice", HASH, "correct horsf".toCharArray())).isFalse();
    assertThat(verified.recentlyVerified("bob", HASH, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void aChangedStoredHashInvalidatesTheVerification() {
    verified.remember("alice", HASH, "correct horse".toCharArray());

    assertThat(verified.recentlyVerified("alice", HASH + "x", "correct horse".toCharArray()))
        .isFalse();
  }

  @Test
  void aVerificationExpiresAfterItsLifetime() {
    verified.remember("alice", HASH, "correct horse".toCharArray());
    clock.advance(VerifiedPasswords.LIFETIME.minusSeconds(1));
    assertThat(verified.recentlyVerified("alice", HASH, "correct horse".toCharArray())).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(verified.recentlyVerified("alice", HASH, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void aFullMemoryForgetsRatherThanGrows() {
    for (int i = 0; i <= VerifiedPasswords.CAPACITY; i++) {
      verified.remember("user" + i, HASH, "pw".toCharArray());
    }

    assertThat(
            verified.recentlyVerified(
                "user" + VerifiedPasswords.CAPACITY, HASH, "pw".toCharArray()))
        .isTrue();
    assertThat(verified.recentlyVerified("user0", HASH, "pw".toCharArray())).isFalse();
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
