package dev.trustportal.portal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a root near its expiry is renewed, by who holds its keys (issue 21, re-signing). */
class RootRenewalTest {

  static final String GUN = "registry.example.com/acme/api";
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration WINDOW = Duration.ofDays(90);

  @Test
  void aRootFarFromItsExpiryNeedsNothing() {
    Root root = root(NOW.plus(Duration.ofDays(91)), NOW);
    assertThat(RootRenewal.of(root, false, true, WINDOW, NOW)).isEmpty();
    assertThat(RootRenewal.of(root, true, false, WINDOW, NOW)).isEmpty();
  }

  @Test
  void theWatcherResignsARootWhoseKeyThePortalHolds() {
    Root root = root(NOW.plus(Duration.ofDays(89)), NOW);
    assertThat(RootRenewal.of(root, false, true, WINDOW, NOW)).contains(RootRenewal.Way.RESIGN);
    assertThat(RootRenewal.finding(GUN, root, RootRenewal.Way.RESIGN, NOW)).isEmpty();
  }

  @Test
  void anExpiredRootWhoseKeyThePortalHoldsIsResignedToo() {
    Root root = root(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(400)));
    assertThat(RootRenewal.of(root, false, true, WINDOW, NOW)).contains(RootRenewal.Way.RESIGN);
  }

  @Test
  void aRootOfCustodiansIsNeverSignedByThePortalButAsksForTheirCeremony() {
    Root root = root(NOW.plus(Duration.ofDays(30)), NOW);
    Optional<RootRenewal.Way> way = RootRenewal.of(root, true, true, WINDOW, NOW);
    assertThat(way).contains(RootRenewal.Way.CEREMONY);
    Finding finding = RootRenewal.finding(GUN, root, way.orElseThrow(), NOW).orElseThrow();
    assertThat(finding.kind()).isEqualTo(FindingKind.ROOT_RENEWAL_NEEDED);
    assertThat(finding.role()).isEqualTo("root");
    assertThat(finding.detail())
        .contains("custodians hold the root keys")
        .contains("cannot re-sign it")
        .contains("{\"repository\":\"api\",\"operation\":\"ROTATE_ROOT\"}");
  }

  @Test
  void aRootKeyWhoseCertificateExpiresWithinTheWindowIsRotatedNotResigned() {
    // Certificate made 3600 days ago: 50 days of its 3650 left.
    Root root = root(NOW.plus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3600)));
    Optional<RootRenewal.Way> way = RootRenewal.of(root, false, true, WINDOW, NOW);
    assertThat(way).contains(RootRenewal.Way.KEY_ROTATION);
    assertThat(RootRenewal.finding(GUN, root, way.orElseThrow(), NOW).orElseThrow().detail())
        .contains("certificate of its root key expires")
        .contains("rotate the root key");
  }

  @Test
  void aRootNobodyThePortalKnowsHoldsIsLeftAlone() {
    assertThat(RootRenewal.of(root(NOW.plus(Duration.ofDays(5)), NOW), false, false, WINDOW, NOW))
        .isEmpty();
  }

  private static Root root(Instant expires, Instant certificateMade) {
    Key rootKey =
        TufKeys.ofCertificate(
            RootCertificates.generate(new Gun(GUN), KeyPairs.ecdsaP256(), certificateMade));
    KeyId rootId = KeyIds.of(rootKey);
    return new Root(
        3,
        expires,
        false,
        Map.of(rootId, rootKey),
        Map.of(RoleName.ROOT, new Role(List.of(rootId), 1)));
  }
}
