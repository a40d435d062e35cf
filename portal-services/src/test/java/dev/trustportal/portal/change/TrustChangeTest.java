package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signer.SignerKeys;
import dev.trustportal.portal.signer.SignerName;
import dev.trustportal.portal.signer.TestKeys;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each change needs of the live trust data, and the bridge changes that carry it out. */
class TrustChangeTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final List<String> ALL = List.of("");
  private static final SignerName ALICE = new SignerName("alice");
  private static final SignerName BOB = new SignerName("bob");

  private static final KeyPair ALICE_PAIR = TestKeys.p256();
  private static final Key A = key(ALICE_PAIR);
  private static final Key A2 = key(TestKeys.ec("secp256r1"));
  private static final Key B = key(TestKeys.ec("secp256r1"));

  @Test
  void theWatcherResignsTargetsOrRootUnchangedAndNothingElse() {
    assertThat(new TrustChange.Resign(RoleName.TARGETS, NOW).toBridge(trust()))
        .containsExactly(new Change.ResignTargets());
    assertThat(new TrustChange.Resign(RoleName.ROOT, NOW).toBridge(trust()))
        .containsExactly(new Change.ResignRoot());
    assertThat(new TrustChange.Resign(RoleName.ROOT, NOW).summary()).startsWith("Re-sign root");
    assertThatThrownBy(() -> new TrustChange.Resign(RoleName.RELEASES, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstSignerCreatesReleasesWithThresholdOneAndAllPaths() {
    var add = new TrustChange.AddSigner(ALICE, List.of(A));

    add.check(trust());

    assertThat(add.toBridge(trust()))
        .containsExactly(
            new Change.AddDelegation(RoleName.RELEASES, List.of(A), 1, ALL),
            new Change.AddDelegation(ALICE.role(), List.of(A), 1, ALL));
  }

  @Test
  void aFurtherSignerAddsItsKeyToReleases() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));

    assertThat(new TrustChange.AddSigner(BOB, List.of(B)).toBridge(now))
        .containsExactly(
            new Change.AddDelegationKeys(RoleName.RELEASES, List.of(B)),
            new Change.AddDelegation(BOB.role(), List.of(B), 1, ALL));
  }

  @Test
  void aSignerWhoseKeyIsInReleasesAlreadyOnlyGetsItsRole() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));

    assertThat(new TrustChange.AddSigner(BOB, List.of(A)).toBridge(now))
        .containsExactly(new Change.AddDelegation(BOB.role(), List.of(A), 1, ALL));
  }

  @Test
  void refusesADuplicateSignerName() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));

    assertThatThrownBy(() -> new TrustChange.AddSigner(ALICE, List.of(B)).check(now))
        .isInstanceOf(SignerExistsException.class)
        .hasMessageContaining("'alice'");
  }

  @Test
  void anAddedSignerIsInTheTrustDataOnlyWithExactlyItsKeysInBothRoles() {
    var add = new TrustChange.AddSigner(ALICE, List.of(A));

    assertThat(add.isIn(trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A)))).isTrue();
    assertThat(add.isIn(trust(role(RoleName.RELEASES, 1, A, B), role(ALICE.role(), 1, B))))
        .isFalse();
    assertThat(add.isIn(trust(role(ALICE.role(), 1, A)))).isFalse();
    assertThat(add.isIn(trust())).isFalse();
  }

  @Test
  void removingTheLastSignerRemovesReleasesToo() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));
    var remove = new TrustChange.RemoveSigner(ALICE);

    remove.check(now);

    assertThat(remove.toBridge(now))
        .containsExactly(
            new Change.RemoveDelegation(RoleName.RELEASES),
            new Change.RemoveDelegation(ALICE.role()));
  }

  @Test
  void removingASignerTakesOnlyItsOwnKeysOutOfReleases() {
    CurrentTrust now =
        trust(
            role(RoleName.RELEASES, 1, A, A2, B),
            role(ALICE.role(), 1, A, A2),
            role(BOB.role(), 1, B, A2));

    assertThat(new TrustChange.RemoveSigner(ALICE).toBridge(now))
        .containsExactly(
            new Change.RemoveDelegationKeys(RoleName.RELEASES, List.of(id(A))),
            new Change.RemoveDelegation(ALICE.role()));
  }

  @Test
  void refusesRemovingASignerWhoseKeysReleasesNeedsForItsThreshold() {
    CurrentTrust now =
        trust(role(RoleName.RELEASES, 2, A, B), role(ALICE.role(), 1, A), role(BOB.role(), 1, B));

    assertThatThrownBy(() -> new TrustChange.RemoveSigner(ALICE).check(now))
        .isInstanceOfSatisfying(
            ThresholdBreakException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.threshold_would_break"))
        .hasMessageContaining("targets/releases with 1 key, fewer than its threshold of 2");
  }

  @Test
  void refusesRemovingAnUnknownSigner() {
    assertThatThrownBy(
            () -> new TrustChange.RemoveSigner(BOB).check(trust(role(ALICE.role(), 1, A))))
        .isInstanceOf(SignerNotFoundException.class);
  }

  @Test
  void aRemovedSignerIsGoneFromTheTrustData() {
    assertThat(new TrustChange.RemoveSigner(ALICE).isIn(trust(role(BOB.role(), 1, B)))).isTrue();
    assertThat(new TrustChange.RemoveSigner(ALICE).isIn(trust(role(ALICE.role(), 1, A)))).isFalse();
  }

  @Test
  void anAddedKeyGoesIntoTheSignersRoleAndReleases() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));
    var add = new TrustChange.AddSignerKey(ALICE, A2);

    add.check(now);

    assertThat(add.toBridge(now))
        .containsExactly(
            new Change.AddDelegationKeys(ALICE.role(), List.of(A2)),
            new Change.AddDelegationKeys(RoleName.RELEASES, List.of(A2)));
    assertThat(add.isIn(now)).isFalse();
    assertThat(add.isIn(trust(role(RoleName.RELEASES, 1, A, A2), role(ALICE.role(), 1, A, A2))))
        .isTrue();
  }

  @Test
  void refusesAKeyTheSignerHasAlreadyAlsoInItsCertificateForm() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));
    Key certificate =
        SignerKeys.parse(
            SignerKeyInput.certificate(
                TestKeys.certificatePem(
                    ALICE_PAIR, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)))),
            NOW);

    assertThatThrownBy(() -> new TrustChange.AddSignerKey(ALICE, A).check(now))
        .isInstanceOf(SignerKeyExistsException.class);
    assertThatThrownBy(() -> new TrustChange.AddSignerKey(ALICE, certificate).check(now))
        .isInstanceOf(SignerKeyExistsException.class);
    assertThatThrownBy(() -> new TrustChange.AddSignerKey(BOB, B).check(now))
        .isInstanceOf(SignerNotFoundException.class);
  }

  @Test
  void aRemovedKeyLeavesTheSignersRoleAndReleases() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A, A2), role(ALICE.role(), 1, A, A2));
    var remove = new TrustChange.RemoveSignerKey(ALICE, id(A2));

    remove.check(now);

    assertThat(remove.toBridge(now))
        .containsExactly(
            new Change.RemoveDelegationKeys(ALICE.role(), List.of(id(A2))),
            new Change.RemoveDelegationKeys(RoleName.RELEASES, List.of(id(A2))));
    assertThat(remove.isIn(now)).isFalse();
    assertThat(remove.isIn(trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A))))
        .isTrue();
  }

  @Test
  void aCertificateKeyIsFoundByItsCanonicalIdAsTheCliPrintsIt() {
    Key certificate =
        SignerKeys.parse(
            SignerKeyInput.certificate(
                TestKeys.certificatePem(
                    TestKeys.ec("secp256r1"),
                    NOW.minus(Duration.ofDays(1)),
                    NOW.plus(Duration.ofDays(1)))),
            NOW);
    CurrentTrust now =
        trust(role(RoleName.RELEASES, 1, A, certificate), role(ALICE.role(), 1, A, certificate));
    var remove = new TrustChange.RemoveSignerKey(ALICE, KeyIds.canonical(certificate));

    remove.check(now);

    assertThat(remove.toBridge(now))
        .first()
        .isEqualTo(new Change.RemoveDelegationKeys(ALICE.role(), List.of(id(certificate))));
  }

  @Test
  void refusesRemovingTheOnlyKeyOfASigner() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A), role(ALICE.role(), 1, A));

    assertThatThrownBy(() -> new TrustChange.RemoveSignerKey(ALICE, id(A)).check(now))
        .isInstanceOfSatisfying(
            ThresholdBreakException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.threshold_would_break.last_key"))
        .hasMessageContaining("Remove the signer instead");
  }

  @Test
  void refusesRemovingAKeyTheSignersThresholdNeeds() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 1, A, A2), role(ALICE.role(), 2, A, A2));

    assertThatThrownBy(() -> new TrustChange.RemoveSignerKey(ALICE, id(A)).check(now))
        .isInstanceOf(ThresholdBreakException.class)
        .hasMessageContaining("targets/alice with 1 key");
  }

  @Test
  void refusesRemovingAKeyTheSignerDoesNotHave() {
    CurrentTrust now =
        trust(role(RoleName.RELEASES, 1, A, B), role(ALICE.role(), 1, A), role(BOB.role(), 1, B));

    assertThatThrownBy(() -> new TrustChange.RemoveSignerKey(ALICE, id(B)).check(now))
        .isInstanceOf(SignerKeyNotFoundException.class)
        .hasMessageContaining(id(B).value());
  }

  @Test
  void aThresholdMustLieBetweenOneAndTheRolesKeys() {
    CurrentTrust now =
        trust(role(RoleName.RELEASES, 1, A, B), role(ALICE.role(), 1, A), role(BOB.role(), 1, B));

    new TrustChange.SetThreshold(RoleName.RELEASES, 2).check(now);
    assertThat(new TrustChange.SetThreshold(RoleName.RELEASES, 2).toBridge(now))
        .containsExactly(new Change.SetThreshold(RoleName.RELEASES, 2));
    assertThatThrownBy(() -> new TrustChange.SetThreshold(RoleName.RELEASES, 3).check(now))
        .isInstanceOf(InvalidThresholdException.class)
        .hasMessage(
            "Threshold 3 is not valid for targets/releases, which has 2 keys: use a number from 1"
                + " to 2.");
    assertThatThrownBy(() -> new TrustChange.SetThreshold(ALICE.role(), 0).check(now))
        .isInstanceOf(InvalidThresholdException.class);
    assertThatThrownBy(
            () -> new TrustChange.SetThreshold(new RoleName("targets/carol"), 1).check(now))
        .isInstanceOf(RoleNotFoundException.class);
  }

  @Test
  void aThresholdIsInTheTrustDataWhenTheRoleHasIt() {
    CurrentTrust now = trust(role(RoleName.RELEASES, 2, A, B));

    assertThat(new TrustChange.SetThreshold(RoleName.RELEASES, 2).isIn(now)).isTrue();
    assertThat(new TrustChange.SetThreshold(RoleName.RELEASES, 1).isIn(now)).isFalse();
  }

  @Test
  void summariesSayWhatHappensInPlainWords() {
    assertThat(new TrustChange.AddSigner(ALICE, List.of(A)).summary())
        .isEqualTo(
            "Add signer alice with key "
                + id(A).shortForm()
                + " (ecdsa) to targets/releases and targets/alice");
    assertThat(new TrustChange.SetThreshold(RoleName.RELEASES, 2).summary())
        .isEqualTo("Set the threshold of targets/releases to 2");
    assertThat(new TrustChange.RemoveSignerKey(ALICE, id(A)).summary())
        .startsWith("Remove key " + id(A).shortForm() + " from signer alice");
  }

  static Key key(KeyPair pair) {
    return SignerKeys.parse(SignerKeyInput.publicKey(TestKeys.publicPem(pair)), NOW);
  }

  static KeyId id(Key key) {
    return KeyIds.of(key);
  }

  private static Map.Entry<DelegatedRole, List<Key>> role(
      RoleName name, int threshold, Key... keys) {
    List<KeyId> ids = new ArrayList<>();
    for (Key k : keys) {
      ids.add(id(k));
    }
    return Map.entry(DelegatedRole.allPaths(name, ids, threshold), List.of(keys));
  }

  @SafeVarargs
  private static CurrentTrust trust(Map.Entry<DelegatedRole, List<Key>>... roles) {
    Map<KeyId, Key> keys = new LinkedHashMap<>();
    List<DelegatedRole> list = new ArrayList<>();
    for (var role : roles) {
      list.add(role.getKey());
      role.getValue().forEach(k -> keys.put(id(k), k));
    }
    return new CurrentTrust(keys, list);
  }
}
