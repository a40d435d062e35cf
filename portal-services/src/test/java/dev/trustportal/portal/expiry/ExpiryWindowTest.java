package dev.trustportal.portal.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryWindowTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final ExpiryWindow THIRTY_DAYS = ExpiryWindow.parse("P30D");

  private static RoleExpiry role(String name, Duration fromNow) {
    return new RoleExpiry(name, NOW.plus(fromNow));
  }

  @Test
  void aRoleExpiringWithinTheWindowWarnsAndOneBeyondDoesNot() {
    List<ExpiringRole> expiring =
        THIRTY_DAYS.expiring(
            List.of(
                role("root", Duration.ofDays(3650)),
                role("targets", Duration.ofDays(29).plusHours(23)),
                role("snapshot", Duration.ofDays(30)),
                role("targets/releases", Duration.ofDays(31))),
            NOW);

    assertThat(expiring).extracting(ExpiringRole::role).containsExactly("targets");
    assertThat(expiring.get(0).daysLeft()).isEqualTo(29);
    assertThat(expiring.get(0).expired()).isFalse();
  }

  @Test
  void anExpiredRoleWarnsWithNegativeDaysAndTheNearestComesFirst() {
    List<ExpiringRole> expiring =
        THIRTY_DAYS.expiring(
            List.of(
                role("targets/alice", Duration.ofDays(10)),
                role("targets", Duration.ofHours(-1)),
                role("snapshot", Duration.ofHours(5))),
            NOW);

    assertThat(expiring)
        .extracting(ExpiringRole::role)
        .containsExactly("targets", "snapshot", "targets/alice");
    assertThat(expiring.get(0).daysLeft()).isEqualTo(-1);
    assertThat(expiring.get(0).expired()).isTrue();
    assertThat(expiring.get(1).daysLeft()).isZero();
    assertThat(expiring.get(1).expired()).isFalse();
  }

  @Test
  void timestampNeverWarnsForNotaryServerReSignsItItself() {
    assertThat(THIRTY_DAYS.expiring(List.of(role("timestamp", Duration.ofDays(1))), NOW)).isEmpty();
  }

  @Test
  void aWideWindowWarnsOfEveryRoleWithinIt() {
    List<ExpiringRole> expiring =
        ExpiryWindow.parse("P4000D")
            .expiring(
                List.of(
                    role("root", Duration.ofDays(3650)), role("targets", Duration.ofDays(1095))),
                NOW);

    assertThat(expiring).extracting(ExpiringRole::daysLeft).containsExactly(1095L, 3650L);
  }

  @Test
  void aWindowThatIsNoPositiveDurationIsRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> ExpiryWindow.parse("30 days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'30 days' is no ISO-8601 duration")
        .hasMessageContaining("P30D");
    assertThatThrownBy(() -> ExpiryWindow.parse("-P1D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
    assertThat(ExpiryWindow.parse(" PT12H ").warning()).isEqualTo(Duration.ofHours(12));
    assertThat(ExpiryWindow.DEFAULT).isEqualTo(ExpiryWindow.parse("P30D"));
  }

  @Test
  void theAnnouncementSaysRoleExpiryAndDaysLeft() {
    ExpiringRole targets = new ExpiringRole("targets", NOW.plus(Duration.ofDays(12)), 12);

    assertThat(ExpiryChecks.detail("registry.example.com/acme/app", targets))
        .isEqualTo(
            "Role targets of registry.example.com/acme/app expires at 2026-12-19T12:00:00Z (in 12"
                + " day(s)): re-sign it before then, or clients refuse the trust data.");
    assertThat(
            ExpiryChecks.detail(
                "g", new ExpiringRole("snapshot", NOW.minus(Duration.ofDays(1)), -1)))
        .isEqualTo("Role snapshot of g expired at 2026-12-06T12:00:00Z.");
  }
}
