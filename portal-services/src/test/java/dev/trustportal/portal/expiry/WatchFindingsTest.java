package dev.trustportal.portal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import dev.trustportal.notary.tuf.TrustDataException;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the watcher finds in trust data that verified against the pins. */
class WatchFindingsTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofDays(365));

  final java.security.KeyPair rootPair = KeyPairs.ecdsaP256();
  final Key rootKey = TufKeys.ofCertificate(RootCertificates.generate(GUN, rootPair, NOW));
  final Key targetsKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  final Key serverKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  final Key aliceKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());

  @Test
  void trustDataWhoseRolesLastAndWhoseDelegationsVerifyHasNoFinding() {
    assertThat(WatchFindings.of(repository(LATER, 1, Map.of()), ExpiryWindow.DEFAULT, NOW))
        .isEmpty();
  }

  @Test
  void aRoleExpiringWithinTheWindowIsExpiringAndOnePastItsExpiryIsExpired() {
    assertThat(
            WatchFindings.of(
                repository(NOW.plus(Duration.ofDays(29)), 1, Map.of()), ExpiryWindow.DEFAULT, NOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.EXPIRING);
              assertThat(f.role()).isEqualTo("targets");
              assertThat(f.detail()).contains("(in 29 day(s))");
            });
    assertThat(
            WatchFindings.of(
                repository(NOW.minusSeconds(1), 1, Map.of()), ExpiryWindow.DEFAULT, NOW))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.EXPIRED);
  }

  @Test
  void aDelegationWithFewerKeysThanItsThresholdIsBelowItsThreshold() {
    assertThat(WatchFindings.of(repository(LATER, 2, Map.of()), ExpiryWindow.DEFAULT, NOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.BELOW_THRESHOLD);
              assertThat(f.role()).isEqualTo("targets/releases");
              assertThat(f.detail()).contains("has 1 key(s) but a threshold of 2");
            });
  }

  @Test
  void aDelegationThatDoesNotVerifyLeavesItsTagsUnverifiedWithTheCommandThatResignsIt() {
    TrustDataException failure =
        new TrustDataException(RoleName.RELEASES, "signature over the wrong bytes") {};

    assertThat(
            WatchFindings.of(
                repository(LATER, 1, Map.of(RoleName.RELEASES, failure)),
                ExpiryWindow.DEFAULT,
                NOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.TAGS_UNVERIFIED);
              assertThat(f.detail())
                  .contains("signature over the wrong bytes")
                  .contains("notary witness " + GUN.value() + " targets/releases --publish");
            });
  }

  private TrustedRepository repository(
      Instant targetsExpire, int releasesThreshold, Map<RoleName, TrustDataException> rejected) {
    KeyId rootId = KeyIds.of(rootKey);
    KeyId targetsId = KeyIds.of(targetsKey);
    KeyId serverId = KeyIds.of(serverKey);
    KeyId aliceId = KeyIds.of(aliceKey);
    Root root =
        new Root(
            1,
            LATER,
            false,
            Map.of(rootId, rootKey, targetsId, targetsKey, serverId, serverKey),
            Map.of(
                RoleName.ROOT,
                new Role(List.of(rootId), 1),
                RoleName.TARGETS,
                new Role(List.of(targetsId), 1),
                RoleName.SNAPSHOT,
                new Role(List.of(serverId), 1),
                RoleName.TIMESTAMP,
                new Role(List.of(serverId), 1)));
    Delegations delegations =
        new Delegations(
            Map.of(aliceId, aliceKey),
            List.of(
                DelegatedRole.allPaths(RoleName.RELEASES, List.of(aliceId), releasesThreshold)));
    Targets targets = new Targets(2, targetsExpire, Map.of(), delegations);
    return new TrustedRepository(
        GUN,
        md(root),
        md(new Timestamp(1, NOW.plus(Duration.ofDays(14)), Map.of())),
        md(new Snapshot(1, LATER, Map.of())),
        md(targets),
        Map.of(),
        Map.of(),
        rejected);
  }

  private static <T extends Signed> Metadata<T> md(T signed) {
    return new Metadata<>(signed, List.of(), Bytes.of(new byte[0]), Bytes.of(new byte[0]));
  }
}
