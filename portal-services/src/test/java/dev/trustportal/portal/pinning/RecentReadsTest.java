package dev.trustportal.portal.pinning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trust data verified when a change was filed is handed to its publisher only while nothing
 * newer can have been seen: same pin, within the lifetime, once.
 */
class RecentReadsTest {

  private static final String GUN = "registry.example.com/acme/app";

  private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T12:00:00Z"));
  private final RecentReads reads = new RecentReads(clock);
  private final TrustedRepository trust = trust(GUN);

  @Test
  void handsOutWhatTheReadVerifiedWhileThePinIsAsItLeftIt() {
    reads.remember(pin(GUN, 3), trust);

    assertThat(reads.take(pin(GUN, 3), false)).containsSame(trust);
  }

  @Test
  void handsItOutOnceOnly() {
    reads.remember(pin(GUN, 3), trust);
    reads.take(pin(GUN, 3), false);

    assertThat(reads.take(pin(GUN, 3), false)).isEmpty();
  }

  @Test
  void refusesItOnceAFloorWasRaisedSince() {
    reads.remember(pin(GUN, 3), trust);

    assertThat(reads.take(pin(GUN, 4), false)).isEmpty();
  }

  @Test
  void refusesItOnceTheRootWasPinnedAnewSince() {
    reads.remember(pin(GUN, 3), trust);
    Pin newRoot = new Pin(GUN, bytes("root v2"), Set.of("k1"), Map.of(RoleName.TARGETS, 3));

    assertThat(reads.take(newRoot, false)).isEmpty();
  }

  @Test
  void handsItOutWhenOnlyADelegationKeyWasAllowedSince() {
    // A change's keys are allowed when it is queued, after the read made when it was filed.
    reads.remember(pin(GUN, 3), trust);
    Pin moreKeys = new Pin(GUN, bytes("root v1"), Set.of("k1", "k2"), Map.of(RoleName.TARGETS, 3));

    assertThat(reads.take(moreKeys, false)).containsSame(trust);
  }

  @Test
  void refusesItOnceAnAllowedKeyIsGone() {
    reads.remember(pin(GUN, 3), trust);
    Pin fewerKeys = new Pin(GUN, bytes("root v1"), Set.of(), Map.of(RoleName.TARGETS, 3));

    assertThat(reads.take(fewerKeys, false)).isEmpty();
  }

  @Test
  void aFilingPeeksAndLeavesItForThePublisher() {
    reads.remember(pin(GUN, 3), trust);

    assertThat(reads.peek(pin(GUN, 3))).containsSame(trust);
    assertThat(reads.peek(pin(GUN, 3))).containsSame(trust);
    assertThat(reads.take(pin(GUN, 3), false)).containsSame(trust);
  }

  @Test
  void whatAPublishLeftIsForFilingsAndPublishersThatJudgeNoTags() {
    reads.rememberPublished(pin(GUN, 3), trust);

    assertThat(reads.peek(pin(GUN, 3))).containsSame(trust);
    assertThat(reads.take(pin(GUN, 3), true)).as("a removal, which lists dropped tags").isEmpty();
    reads.rememberPublished(pin(GUN, 3), trust);
    assertThat(reads.take(pin(GUN, 3), false)).containsSame(trust);
  }

  @Test
  void whatAReadVerifiedIsForEveryone() {
    reads.remember(pin(GUN, 3), trust);

    assertThat(reads.take(pin(GUN, 3), true)).containsSame(trust);
  }

  @Test
  void aFilingPeeksNothingOnceAFloorWasRaisedSince() {
    reads.remember(pin(GUN, 3), trust);

    assertThat(reads.peek(pin(GUN, 4))).isEmpty();
  }

  @Test
  void aFilingPeeksNothingAfterTheLifetime() {
    reads.remember(pin(GUN, 3), trust);
    clock.advance(RecentReads.LIFETIME);

    assertThat(reads.peek(pin(GUN, 3))).isEmpty();
  }

  @Test
  void refusesItAfterItsLifetime() {
    reads.remember(pin(GUN, 3), trust);
    clock.advance(RecentReads.LIFETIME);

    assertThat(reads.take(pin(GUN, 3), false)).isEmpty();
  }

  @Test
  void forgetsOnRequest() {
    reads.remember(pin(GUN, 3), trust);
    reads.forget(GUN);

    assertThat(reads.take(pin(GUN, 3), false)).isEmpty();
  }

  @Test
  void keepsNoMoreThanItsCapacityDroppingTheOldestFirst() {
    String oldest = "registry.example.com/acme/first";
    reads.remember(pin(oldest, 1), trust(oldest));
    for (int i = 1; i < RecentReads.CAPACITY + 10; i++) {
      clock.advance(Duration.ofMillis(1));
      String gun = "registry.example.com/acme/app-" + i;
      reads.remember(pin(gun, 1), trust(gun));
    }

    assertThat(reads.size()).isEqualTo(RecentReads.CAPACITY);
    assertThat(reads.take(pin(oldest, 1), false)).isEmpty();
  }

  @Test
  void dropsExpiredReadsWhenRememberingAnother() {
    reads.remember(pin(GUN, 3), trust);
    clock.advance(RecentReads.LIFETIME);
    String other = "registry.example.com/acme/other";
    reads.remember(pin(other, 1), trust(other));

    assertThat(reads.size()).isEqualTo(1);
  }

  private static Pin pin(String gun, int targetsFloor) {
    return new Pin(gun, bytes("root v1"), Set.of("k1"), Map.of(RoleName.TARGETS, targetsFloor));
  }

  private static Bytes bytes(String text) {
    return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Only its identity matters here: what is remembered is handed back as it is. */
  private static TrustedRepository trust(String gun) {
    return new TrustedRepository(
        new Gun(gun), null, null, null, null, Map.of(), Map.of(), Map.of());
  }

  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant start) {
      this.now = start;
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
