package dev.trustportal.notary.verify;

import static dev.trustportal.notary.verify.RepositoryFixture.CLOCK;
import static dev.trustportal.notary.verify.RepositoryFixture.GUN;
import static dev.trustportal.notary.verify.RepositoryFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.json.MalformedMetadataException;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Targets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5: each kind of bad trust data is rejected with its own exception, at a fixed reference
 * time.
 */
class TrustedMetadataSetTest {
  private final RepositoryFixture repo = new RepositoryFixture();

  @Test
  void acceptsUntamperedRepository() {
    TrustedRepository verified = repo.build().verify().requireAllVerified();
    assertThat(verified.lookup("v1").orElseThrow().role()).isEqualTo(RoleName.RELEASES);
    assertThat(verified.lookup("latest").orElseThrow().role()).isEqualTo(RoleName.TARGETS);
    VerificationResult releases = verified.results().get(RoleName.RELEASES);
    assertThat(releases.signed()).hasSize(2);
    assertThat(releases.unsigned()).hasSize(1);
    assertThat(releases.missing()).isZero();
  }

  @Test
  void rejectsFlippedByteInRootSignature() {
    repo.build();
    flipSignatureByte(RoleName.ROOT);
    assertThatThrownBy(repo::verify)
        .isInstanceOf(UntrustedRootException.class)
        .hasMessage(
            "could not validate the path to a trusted root: failed to validate integrity of roots");
  }

  @Test
  void rejectsFlippedByteInTimestamp() {
    repo.build();
    flipSignedByte(RoleName.TIMESTAMP);
    assertThatThrownBy(repo::verify)
        .isInstanceOf(ThresholdNotMetException.class)
        .hasMessage("valid signatures did not meet threshold for timestamp");
  }

  @Test
  void rejectsFlippedByteInSnapshot() {
    repo.build();
    flipSignedByte(RoleName.SNAPSHOT);
    assertThatThrownBy(repo::verify)
        .isInstanceOf(HashMismatchException.class)
        .hasMessageStartingWith("sha256 checksum for snapshot did not match: expected ")
        .extracting(e -> ((HashMismatchException) e).role())
        .isEqualTo(RoleName.SNAPSHOT);
  }

  @Test
  void rejectsFlippedByteInTargets() {
    repo.build();
    flipSignedByte(RoleName.TARGETS);
    assertThatThrownBy(repo::verify)
        .isInstanceOf(HashMismatchException.class)
        .hasMessageStartingWith("sha256 checksum for targets did not match");
  }

  @Test
  void rejectsFlippedByteInDelegationButKeepsTheRest() {
    repo.build();
    flipSignedByte(RoleName.RELEASES);
    TrustedRepository verified = repo.verify();
    assertThat(verified.rejected().get(RoleName.RELEASES))
        .isInstanceOf(HashMismatchException.class);
    assertThat(verified.belowThreshold()).as("only a threshold failure keeps the file").isEmpty();
    assertThat(verified.lookup("v1")).isEmpty();
    assertThat(verified.lookup("latest")).isPresent();
  }

  @Test
  void rejectsExpiredTimestampAsFreezeAttack() {
    repo.build(1, NOW.plus(Duration.ofDays(30)), 1, NOW.minusSeconds(1));
    assertThatThrownBy(repo::verify)
        .isInstanceOf(ExpiredMetadataException.class)
        .hasMessage("timestamp expired at Mon Jun 1 11:59:59 UTC 2026")
        .extracting(e -> ((ExpiredMetadataException) e).expires())
        .isEqualTo(NOW.minusSeconds(1));
  }

  @Test
  void rejectsExpiredSnapshot() {
    repo.build(1, NOW, 1, NOW.plusSeconds(60));
    assertThatThrownBy(repo::verify)
        .isInstanceOf(ExpiredMetadataException.class)
        .hasMessageStartingWith("snapshot expired at");
  }

  @Test
  void rejectsExpiredDelegation() {
    repo.releases =
        new Targets(1, NOW.minusSeconds(5), repo.releases.targets(), repo.releases.delegations());
    TrustedRepository verified = repo.build().verify();
    assertThat(verified.rejected().get(RoleName.RELEASES))
        .isInstanceOf(ExpiredMetadataException.class)
        .hasMessageStartingWith("targets/releases expired at");
  }

  @Test
  void rejectsTimestampRollback() {
    TrustedRepository first =
        repo.build(1, NOW.plus(Duration.ofDays(30)), 5, NOW.plusSeconds(600)).verify();
    repo.build(1, NOW.plus(Duration.ofDays(30)), 4, NOW.plusSeconds(600));
    assertThatThrownBy(
            () ->
                new RepositoryVerifier(CLOCK)
                    .verify(
                        GUN,
                        repo.source(),
                        java.util.Optional.of(first.root().fileBytes().toArray()),
                        Map.of(RoleName.TIMESTAMP, 5)))
        .isInstanceOf(RollbackException.class)
        .hasMessage("timestamp version 4 is lower than current version 5")
        .satisfies(e -> assertThat(((RollbackException) e).receivedVersion()).isEqualTo(4));
  }

  @Test
  void rejectsSnapshotRollbackWithinOneSet() {
    repo.build(3, NOW.plus(Duration.ofDays(30)), 1, NOW.plusSeconds(600));
    TrustedMetadataSet set =
        TrustedMetadataSet.fromTrustedRoot(GUN, CLOCK, repo.files.get(RoleName.ROOT), Map.of());
    set.updateTimestamp(repo.files.get(RoleName.TIMESTAMP));
    set.updateSnapshot(repo.files.get(RoleName.SNAPSHOT));
    repo.build(2, NOW.plus(Duration.ofDays(30)), 2, NOW.plusSeconds(600));
    set.updateTimestamp(repo.files.get(RoleName.TIMESTAMP));
    assertThatThrownBy(() -> set.updateSnapshot(repo.files.get(RoleName.SNAPSHOT)))
        .isInstanceOf(RollbackException.class)
        .hasMessage("snapshot version 2 is lower than current version 3");
  }

  @Test
  void rejectsSnapshotListingWrongHashForTargets() {
    repo.build();
    byte[] good = repo.files.get(RoleName.TARGETS);
    repo.targets = repo.targets.withTarget("sneaky", repo.targets.targets().get("latest"));
    repo.build();
    repo.files.put(
        RoleName.TARGETS, good); // a mix-and-match: snapshot lists a different targets file
    assertThatThrownBy(repo::verify)
        .isInstanceOf(LengthMismatchException.class)
        .extracting(e -> ((LengthMismatchException) e).role())
        .isEqualTo(RoleName.TARGETS);
  }

  @Test
  void rejectsUnmetDelegationThreshold() {
    repo.releasesSigners = 1;
    TrustedRepository verified = repo.build().verify();
    assertThatThrownBy(verified::requireAllVerified)
        .isInstanceOf(ThresholdNotMetException.class)
        .hasMessage("valid signatures did not meet threshold for targets/releases");
    VerificationResult result = verified.results().get(RoleName.RELEASES);
    assertThat(result.verified()).isFalse();
    assertThat(result.missing()).isEqualTo(1);
    assertThat(verified.belowThreshold()).containsKey(RoleName.RELEASES);
    assertThat(verified.lookup("v1")).as("an untrusted role's tag is never looked up").isEmpty();
  }

  @Test
  void rejectsRootWhoseCertificateIsNotForTheGun() {
    repo.build();
    assertThatThrownBy(
            () ->
                TrustedMetadataSet.fromTrustedRoot(
                    new dev.trustportal.notary.tuf.Gun("other/gun"),
                    CLOCK,
                    repo.files.get(RoleName.ROOT),
                    Map.of()))
        .isInstanceOf(UntrustedRootException.class)
        .hasMessageEndingWith("unable to retrieve valid leaf certificates");
  }

  @Test
  void acceptsRootRotationSignedByOldAndNewRoot() {
    repo.build();
    byte[] oldRoot = repo.files.get(RoleName.ROOT);
    List<SigningKey> both = rotateRoot();
    repo.keys.put(RoleName.ROOT, both);
    repo.build();
    TrustedRepository verified =
        new RepositoryVerifier(CLOCK)
            .verify(GUN, repo.source(), java.util.Optional.of(oldRoot), Map.of());
    assertThat(verified.root().signed().version()).isEqualTo(2);
  }

  @Test
  void rejectsRootRotationSignedOnlyByNewRoot() {
    repo.build();
    byte[] oldRoot = repo.files.get(RoleName.ROOT);
    List<SigningKey> both = rotateRoot();
    repo.keys.put(RoleName.ROOT, both.subList(1, 2));
    repo.build();
    assertThatThrownBy(
            () ->
                new RepositoryVerifier(CLOCK)
                    .verify(GUN, repo.source(), java.util.Optional.of(oldRoot), Map.of()))
        .isInstanceOf(UntrustedRootException.class)
        .hasMessage(
            "could not rotate trust to a new trusted root: "
                + "failed to validate data with current trusted certificates");
  }

  @Test
  void rejectsMalformedFile() {
    repo.build();
    repo.files.put(RoleName.TIMESTAMP, "{\"signed\":".getBytes());
    assertThatThrownBy(repo::verify)
        .isInstanceOf(MalformedMetadataException.class)
        .extracting(e -> ((MalformedMetadataException) e).role())
        .isEqualTo(RoleName.TIMESTAMP);
  }

  /** Root v2 names a new root key; returns [old, new] signing keys. */
  private List<SigningKey> rotateRoot() {
    SigningKey oldKey = repo.keys.get(RoleName.ROOT).get(0);
    SigningKey newKey = RepositoryFixture.rootKey(NOW);
    repo.root =
        repo.root
            .next(repo.root.expires())
            .withRoleKeys(RoleName.ROOT, Map.of(newKey.keyId(), newKey.publicKey()));
    return new ArrayList<>(List.of(oldKey, newKey));
  }

  // Changes a character inside "signed" so the JSON stays valid but the content differs.
  private void flipSignedByte(RoleName role) {
    byte[] f = repo.files.get(role);
    int i = new String(f).indexOf("\"expires\":\"") + 12;
    f[i] = (byte) (f[i] == '1' ? '2' : '1');
  }

  private void flipSignatureByte(RoleName role) {
    byte[] f = repo.files.get(role);
    int i = new String(f).indexOf("\"sig\":\"") + 10;
    f[i] = (byte) (f[i] == 'A' ? 'B' : 'A');
  }
}
