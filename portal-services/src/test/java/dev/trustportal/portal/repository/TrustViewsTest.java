package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.FileMeta;
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
import dev.trustportal.notary.verify.ThresholdNotMetException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.notary.verify.VerificationResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The read model of a verified repository: releases is a role, other delegations are signers. */
class TrustViewsTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Bytes DIGEST = Bytes.fromHex("ab".repeat(32));

  final Key rootKey =
      TufKeys.ofCertificate(RootCertificates.generate(GUN, KeyPairs.ecdsaP256(), NOW));
  final Key targetsKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  final Key aliceCert =
      TufKeys.ofCertificate(RootCertificates.generate(GUN, KeyPairs.ecdsaP256(), NOW));
  final Key bobKey = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());

  @Test
  void showsTopLevelRolesThenReleasesSignersAndTagsWithTheirSigners() {
    TrustDetails view = TrustViews.of(repository());

    assertThat(view.gun()).isEqualTo(GUN.value());
    assertThat(view.roles())
        .extracting(RoleDetails::name)
        .containsExactly("root", "targets", "snapshot", "timestamp", "targets/releases");
    assertThat(view.roles().get(0).keyIds()).containsExactly(KeyIds.of(rootKey).value());
    assertThat(view.roles().get(0).expires()).contains(NOW.plusSeconds(300));
    assertThat(view.roles().get(4).threshold()).isEqualTo(2);
    assertThat(view.roles().get(4).expires()).as("releases was never uploaded").isEmpty();

    assertThat(view.signers()).extracting(SignerDetails::name).containsExactly("alice", "bob");
    assertThat(view.signers()).extracting(SignerDetails::threshold).containsExactly(2, 1);
    KeyDetails alice = view.signers().get(0).keys().get(0);
    assertThat(alice.algorithm()).isEqualTo("ecdsa-x509");
    assertThat(alice.expires()).contains(NOW.plus(RootCertificates.VALIDITY));
    assertThat(view.signers().get(1).keys().get(0).expires()).isEmpty();

    assertThat(view.tags())
        .extracting(TagDetails::role)
        .containsExactly("targets", "targets/alice", "targets/releases");
    assertThat(view.tags().get(0))
        .satisfies(
            tag -> {
              assertThat(tag.name()).isEqualTo("v1");
              assertThat(tag.digest()).isEqualTo("ab".repeat(32));
              assertThat(tag.size()).isEqualTo(12);
              assertThat(tag.signedBy()).containsExactly("targets");
              assertThat(tag.verified()).isTrue();
            });
    assertThat(view.tags().get(1).signedBy()).containsExactly("alice", "bob");
  }

  @Test
  void aTagOfADelegationBelowItsThresholdIsListedUnverifiedWithNotarysReason() {
    TagDetails v2 = TrustViews.of(repository()).tags().get(2);

    assertThat(v2.name()).isEqualTo("v2");
    assertThat(v2.verified()).isFalse();
    assertThat(v2.reason())
        .contains("valid signatures did not meet threshold for targets/releases");
    assertThat(v2.signedBy()).as("the key alice alone has").containsExactly("alice");
  }

  @Test
  void certificateKeysShowTheirCanonicalIdAndPlainKeysDoNot() {
    TrustDetails view = TrustViews.of(repository());

    KeyDetails root = view.roles().get(0).keys().get(0);
    assertThat(root.id()).isEqualTo(KeyIds.of(rootKey).value());
    assertThat(root.canonicalId()).contains(KeyIds.canonical(rootKey).value());
    assertThat(root.canonicalId()).isNotEqualTo(Optional.of(root.id()));
    assertThat(view.signers().get(0).keys().get(0).canonicalId())
        .contains(KeyIds.canonical(aliceCert).value());
    assertThat(view.signers().get(1).keys().get(0).canonicalId()).isEmpty();
  }

  @Test
  void signersCarryTheAccountTheyAreLinkedTo() {
    TrustDetails view = TrustViews.of(repository()).withAccounts(Map.of("bob", "bob.smith"));

    assertThat(view.signers())
        .extracting(SignerDetails::account)
        .containsExactly(Optional.empty(), Optional.of("bob.smith"));
  }

  private TrustedRepository repository() {
    KeyId rootId = KeyIds.of(rootKey);
    KeyId targetsId = KeyIds.of(targetsKey);
    KeyId aliceId = KeyIds.of(aliceCert);
    KeyId bobId = KeyIds.of(bobKey);
    Root root =
        new Root(
            1,
            NOW.plusSeconds(300),
            false,
            Map.of(rootId, rootKey, targetsId, targetsKey),
            Map.of(
                RoleName.ROOT,
                new Role(List.of(rootId), 1),
                RoleName.TARGETS,
                new Role(List.of(targetsId), 1),
                RoleName.SNAPSHOT,
                new Role(List.of(targetsId), 1),
                RoleName.TIMESTAMP,
                new Role(List.of(targetsId), 1)));
    FileMeta v1 = FileMeta.of(12, Map.of("sha256", DIGEST));
    RoleName alice = new RoleName("targets/alice");
    Delegations delegations =
        new Delegations(
            Map.of(aliceId, aliceCert, bobId, bobKey),
            List.of(
                DelegatedRole.allPaths(RoleName.RELEASES, List.of(aliceId, bobId), 2),
                DelegatedRole.allPaths(alice, List.of(aliceId, bobId), 2),
                DelegatedRole.allPaths(new RoleName("targets/bob"), List.of(bobId), 1)));
    Targets targets = new Targets(2, NOW.plusSeconds(200), Map.of("v1", v1), delegations);
    Targets aliceTargets =
        new Targets(1, NOW.plusSeconds(100), Map.of("v1", v1), Delegations.EMPTY);
    Targets releases = new Targets(1, NOW.plusSeconds(100), Map.of("v2", v1), Delegations.EMPTY);
    Map<RoleName, VerificationResult> results =
        Map.of(
            RoleName.TARGETS,
            new VerificationResult(RoleName.TARGETS, 1, List.of(targetsId), List.of()),
            alice,
            new VerificationResult(alice, 2, List.of(aliceId, bobId), List.of()),
            RoleName.RELEASES,
            new VerificationResult(RoleName.RELEASES, 2, List.of(aliceId), List.of(bobId)));
    return new TrustedRepository(
        GUN,
        md(root),
        md(new Timestamp(1, NOW, Map.of())),
        md(new Snapshot(1, NOW, Map.of())),
        md(targets),
        Map.of(alice, md(aliceTargets)),
        results,
        Map.of(RoleName.RELEASES, new ThresholdNotMetException(results.get(RoleName.RELEASES))),
        Map.of(RoleName.RELEASES, md(releases)));
  }

  private static <T extends Signed> Metadata<T> md(T signed) {
    return new Metadata<>(signed, List.of(), Bytes.of(new byte[0]), Bytes.of(new byte[0]));
  }
}
