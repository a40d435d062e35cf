package dev.trustportal.notary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.MissingMetadataException;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6 and the other key operations: root, targets and snapshot rotation, thresholds, delete.
 */
@ExtendWith(NotaryServerExtension.class)
class RootRotationIT {
  @Test
  void cliThatTrustedOldRootAcceptsRootRotatedByBridge(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/rotate/root");
    NotaryBridge bridge =
        new NotaryBridge(notary.config(), new InMemorySigningKeys(), Clock.systemUTC());
    bridge.initialise(gun);
    bridge.publish(
        gun, new Change.AddTarget(RoleName.TARGETS, "before", FileMetas.of(new byte[] {1})));
    NotaryCli cli = NotaryCli.fresh(notary);
    assertThat(cli.run("list", gun.value()).requireSuccess().out()).contains("before");
    TrustedRepository old = bridge.fetch(gun);

    bridge.publish(
        gun,
        List.of(
            new Change.RotateRootKey(),
            new Change.AddTarget(RoleName.TARGETS, "after", FileMetas.of(new byte[] {2}))));

    NotaryCli.Result list = cli.run("list", gun.value()).requireSuccess();
    assertThat(list.out()).contains("before").contains("after");
    assertThat(list.err()).doesNotContain("fatal");
    TrustedRepository rotated = bridge.refresh(old);
    assertThat(rotated.root().signed().version()).isEqualTo(2);
    assertThat(rotated.root().signed().role(RoleName.ROOT).keyIds())
        .doesNotContainAnyElementsOf(old.root().signed().role(RoleName.ROOT).keyIds());
  }

  @Test
  void cliThatTrustedOldRootFollowsARootResignedWithTheSameKeys(RunningNotary notary)
      throws Exception {
    Gun gun = new Gun("example.com/resign/root");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    new NotaryBridge(
            notary.config(), keys, Clock.systemUTC(), Duration.ofDays(1095), Duration.ofDays(30))
        .initialise(gun);
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    TrustedRepository old = bridge.fetch(gun);
    assertThat(old.root().signed().expires()).isBefore(Instant.now().plus(Duration.ofDays(31)));
    NotaryCli cli = NotaryCli.fresh(notary);
    cli.run("list", gun.value()).requireSuccess();

    bridge.publish(
        gun,
        List.of(
            new Change.ResignRoot(),
            new Change.AddTarget(RoleName.TARGETS, "after", FileMetas.of(new byte[] {4}))));

    NotaryCli.Result list = cli.run("list", gun.value()).requireSuccess();
    assertThat(list.out()).contains("after");
    assertThat(list.err()).doesNotContain("fatal");
    TrustedRepository resigned = bridge.refresh(old);
    assertThat(resigned.root().signed().version()).isEqualTo(2);
    assertThat(resigned.root().signed().keysOf(RoleName.ROOT))
        .as("the same root keys")
        .isEqualTo(old.root().signed().keysOf(RoleName.ROOT));
    Instant certificate =
        RootCertificates.validUntil(old.root().signed().keysOf(RoleName.ROOT).values())
            .orElseThrow();
    assertThat(resigned.root().signed().expires())
        .as("ten years, but not past the root key's certificate")
        .isAfter(Instant.now().plus(Duration.ofDays(3600)))
        .isBeforeOrEqualTo(certificate);
  }

  @Test
  void targetsAndSnapshotKeysRotateAndRepositoryIsDeleted(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/rotate/keys");
    NotaryBridge bridge =
        new NotaryBridge(notary.config(), new InMemorySigningKeys(), Clock.systemUTC());
    bridge.initialise(gun);
    TrustedRepository before = bridge.fetch(gun);

    bridge.publish(
        gun,
        List.of(
            new Change.RotateTargetsKey(),
            new Change.RotateSnapshotKey(),
            new Change.AddTarget(RoleName.TARGETS, "t", FileMetas.of(new byte[] {3}))));

    TrustedRepository after = bridge.refresh(before).requireAllVerified();
    for (RoleName role : List.of(RoleName.TARGETS, RoleName.SNAPSHOT)) {
      assertThat(after.root().signed().role(role).keyIds())
          .doesNotContainAnyElementsOf(before.root().signed().role(role).keyIds());
    }
    assertThat(NotaryCli.fresh(notary).run("lookup", gun.value(), "t").requireSuccess().out())
        .contains("t");

    bridge.delete(gun);
    assertThatThrownBy(() -> bridge.fetch(gun)).isInstanceOf(MissingMetadataException.class);
    assertThat(NotaryCli.fresh(notary).run("list", gun.value()).all())
        .contains("does not have trust data");
  }
}
