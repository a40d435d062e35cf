package dev.trustportal.portal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TrustDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which delegations only signers can re-sign warn whom on the trust page, with which command. */
class DelegationWarningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final String GUN = "registry.test/acme/app";

  private final ExpiryWarnings warnings = warnings();

  /** releases expires in 12 days; alice's own role in 40, bob's has expired. */
  private final TrustDetails trust =
      new TrustDetails(
          GUN,
          List.of(
              new RoleDetails(
                  "targets",
                  1,
                  List.of("t1"),
                  Optional.of(NOW.plus(Duration.ofDays(12))),
                  List.of(),
                  false),
              new RoleDetails(
                  "targets/releases",
                  1,
                  List.of("a1"),
                  Optional.of(NOW.plus(Duration.ofDays(12))),
                  List.of(),
                  true)),
          List.of(
              new SignerDetails(
                  "alice",
                  1,
                  List.of(new KeyDetails("a1", "ecdsa", Optional.empty())),
                  Optional.of("ann"),
                  Optional.of(NOW.plus(Duration.ofDays(40)))),
              new SignerDetails(
                  "bob",
                  1,
                  List.of(new KeyDetails("b1", "ecdsa", Optional.empty())),
                  Optional.of("ben"),
                  Optional.of(NOW.minus(Duration.ofDays(2))))),
          List.of());

  @Test
  void theOwnerIsWarnedOfEveryDelegationWithinTheWindowWithTheCommandThatReSignsIt() {
    List<DelegationWarning> seen =
        warnings.delegations("app", trust, new CallerAccess("acme", "olga", MemberRole.OWNER));

    assertThat(seen)
        .extracting(DelegationWarning::role)
        .containsExactly("targets/bob", "targets/releases");
    DelegationWarning releases = seen.get(1);
    assertThat(releases.daysLeft()).isEqualTo(12);
    assertThat(releases.signers()).containsExactly("alice");
    assertThat(releases.command())
        .isEqualTo("notary witness " + GUN + " targets/releases --publish");
    assertThat(seen.get(0).expired()).isTrue();
  }

  @Test
  void aSignersLinkedAccountSeesOnlyTheDelegationsItsSignerCanReSign() {
    List<DelegationWarning> ann =
        warnings.delegations("app", trust, new CallerAccess("acme", "ann", MemberRole.SIGNER));
    List<DelegationWarning> ben =
        warnings.delegations("app", trust, new CallerAccess("acme", "ben", MemberRole.SIGNER));

    assertThat(ann).extracting(DelegationWarning::role).containsExactly("targets/releases");
    assertThat(ben).extracting(DelegationWarning::role).containsExactly("targets/bob");
  }

  @Test
  void aMemberWhoIsNeitherOwnerNorSignerSeesNoWarning() {
    assertThat(
            warnings.delegations("app", trust, new CallerAccess("acme", "vic", MemberRole.ADMIN)))
        .isEmpty();
  }

  private static ExpiryWarnings warnings() {
    ExpirySettings settings = new ExpirySettings();
    settings.warning = "P30D";
    return new ExpiryWarnings(settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
