package dev.trustportal.notary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.ThresholdNotMetException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.notary.verify.VerificationResult;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 4: targets/releases with 3 keys and threshold 2. */
@ExtendWith(NotaryServerExtension.class)
class DelegationThresholdIT {
  private final List<KeyPair> pairs = Stream.generate(KeyPairs::ecdsaP256).limit(3).toList();
  private final List<Key> releaseKeys =
      pairs.stream().map(p -> TufKeys.ofPublicKey(p.getPublic())).toList();

  @Test
  void tagSignedByTwoOfThreeIsAcceptedByCliAndBridge(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/threshold/two");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    keys.add(pairs.get(0).getPrivate());
    keys.add(pairs.get(1).getPrivate());
    bridge.initialise(gun);
    bridge.publish(
        gun,
        List.of(
            new Change.AddDelegation(RoleName.RELEASES, releaseKeys, 2, List.of("")),
            new Change.AddTarget(RoleName.RELEASES, "two", FileMetas.of(new byte[] {2}))));

    assertThat(NotaryCli.fresh(notary).run("lookup", gun.value(), "two").requireSuccess().out())
        .contains("two");
    TrustedRepository repo = bridge.fetch(gun).requireAllVerified();
    VerificationResult releases = repo.results().get(RoleName.RELEASES);
    assertThat(releases.signed()).hasSize(2);
    assertThat(releases.unsigned()).containsExactly(KeyIds.of(releaseKeys.get(2)));
    assertThat(repo.lookup("two")).isPresent();
  }

  @Test
  void bridgeRefusesToPublishTagSignedByOneOfThree(RunningNotary notary) {
    Gun gun = new Gun("example.com/threshold/refused");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    bridge.initialise(gun);
    bridge.publish(gun, new Change.AddDelegation(RoleName.RELEASES, releaseKeys, 2, List.of("")));
    keys.add(pairs.get(0).getPrivate());

    assertThatThrownBy(
            () ->
                bridge.publish(
                    gun,
                    new Change.AddTarget(RoleName.RELEASES, "one", FileMetas.of(new byte[] {1}))))
        .isInstanceOf(ThresholdNotMetException.class)
        .hasMessage("valid signatures did not meet threshold for targets/releases")
        .extracting(e -> ((ThresholdNotMetException) e).result().missing())
        .isEqualTo(1);
    assertThat(bridge.fetch(gun).lookup("one")).isEmpty();
  }

  /**
   * The server re-checks nothing when targets raises the threshold (facts §3), so the CLI and
   * bridge must.
   */
  @Test
  void tagSignedByOneKeyIsRejectedByCliAndBridgeOnceThresholdIsTwo(RunningNotary notary)
      throws Exception {
    Gun gun = new Gun("example.com/threshold/one");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    keys.add(pairs.get(0).getPrivate());
    bridge.initialise(gun);
    bridge.publish(
        gun,
        List.of(
            new Change.AddDelegation(RoleName.RELEASES, releaseKeys, 1, List.of("")),
            new Change.AddTarget(RoleName.RELEASES, "one", FileMetas.of(new byte[] {1}))));
    bridge.publish(gun, new Change.SetThreshold(RoleName.RELEASES, 2));

    NotaryCli.Result list = NotaryCli.fresh(notary).run("list", gun.value());
    assertThat(list.err()).contains("valid signatures did not meet threshold for targets/releases");
    assertThat(list.out()).doesNotContain("one");
    NotaryCli.Result lookup = NotaryCli.fresh(notary).run("lookup", gun.value(), "one");
    assertThat(lookup.exit()).isNotZero();
    assertThat(lookup.all()).contains("No valid trust data for one");

    TrustedRepository repo = bridge.fetch(gun);
    assertThat(repo.lookup("one")).isEmpty();
    assertThat(repo.rejected().get(RoleName.RELEASES)).isInstanceOf(ThresholdNotMetException.class);
    // Kept apart, parsed but untrusted, for callers that list its tags as unverified.
    assertThat(repo.belowThreshold().get(RoleName.RELEASES).signed().targets()).containsKey("one");
    assertThat(repo.delegations()).doesNotContainKey(RoleName.RELEASES);
    assertThatThrownBy(repo::requireAllVerified)
        .isInstanceOf(ThresholdNotMetException.class)
        .hasMessage("valid signatures did not meet threshold for targets/releases");
  }
}
