package dev.trustportal.portal.support;

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

/** What the support desk finds wrong with a verified repository. */
class TrustHealthTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofDays(365));

  final java.security.KeyPair rootPair = KeyPairs.ecdsaP256();
  final Key rootKey = TufKeys.ofCertificate(RootCertificates.generate(GUN, rootPair, NOW));
  final Key targetsKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  final Key serverKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  final Key aliceKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());

  @Test
  void aRepositoryWhoseRolesLastAndWhoseHeldKeysAreListedIsHealthy() {
    assertThat(TrustHealth.of(repository(LATER, 1, Map.of()), held(), NOW)).isEmpty();
  }

  @Test
  void theTimestampsShortLifeIsNoFindingNotaryServerRenewsIt() {
    // repository() gives timestamp an expiry of NOW + 14 days.
    assertThat(TrustHealth.of(repository(LATER, 1, Map.of()), held(), NOW))
        .noneMatch(f -> f.subject().equals("timestamp"));
  }

  @Test
  void rolesExpiringWithinThirtyDaysOrExpiredAreFound() {
    List<HealthFinding> findings =
        TrustHealth.of(repository(NOW.plus(Duration.ofDays(29)), 1, Map.of()), held(), NOW);
    assertThat(findings)
        .extracting(HealthFinding::kind, HealthFinding::subject)
        .contains(org.assertj.core.groups.Tuple.tuple(HealthFinding.Kind.ROLE_EXPIRING, "targets"));

    List<HealthFinding> expired =
        TrustHealth.of(repository(NOW.minusSeconds(1), 1, Map.of()), held(), NOW);
    assertThat(expired)
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(HealthFinding.Kind.ROLE_EXPIRED);
              assertThat(f.subject()).isEqualTo("targets");
              assertThat(f.message()).contains("expired at " + NOW.minusSeconds(1));
            });
  }

  @Test
  void aDelegationWithFewerKeysThanItsThresholdIsFound() {
    List<HealthFinding> findings = TrustHealth.of(repository(LATER, 2, Map.of()), held(), NOW);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(HealthFinding.Kind.THRESHOLD_UNMET);
              assertThat(f.subject()).isEqualTo("targets/releases");
              assertThat(f.detail()).isEqualTo("1/2");
            });
  }

  @Test
  void aHeldKeyThatRootDoesNotListIsFoundComparedByCanonicalId() {
    KeyId stray = KeyIds.canonical(TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic()));

    List<HealthFinding> findings =
        TrustHealth.of(repository(LATER, 1, Map.of()), Map.of(RoleName.TARGETS, stray), NOW);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(HealthFinding.Kind.HELD_KEY_NOT_LISTED);
              assertThat(f.subject()).isEqualTo("targets");
              assertThat(f.detail()).isEqualTo(stray.value());
            });
  }

  @Test
  void aDelegationThatFailedVerificationIsFoundWithTheVerifiersReason() {
    RoleName releases = RoleName.RELEASES;
    TrustDataException failure =
        new TrustDataException(releases, "valid signatures did not meet threshold") {};

    List<HealthFinding> findings =
        TrustHealth.of(repository(LATER, 1, Map.of(releases, failure)), held(), NOW);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(HealthFinding.Kind.VERIFICATION_FAILED);
              assertThat(f.subject()).isEqualTo("targets/releases");
              assertThat(f.message()).contains("valid signatures did not meet threshold");
            });
  }

  /**
   * The root key by its canonical ID, which differs from the certificate ID root.json names it by.
   */
  private Map<RoleName, KeyId> held() {
    return Map.of(
        RoleName.ROOT, KeyIds.canonical(rootKey), RoleName.TARGETS, KeyIds.canonical(targetsKey));
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
