package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.publish.PublishResult;
import dev.trustportal.notary.publish.SigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.repository.RepositoryCeremonies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Publishes a root ceremony whose signatures are all in (SIGNED) to notary-server, in the caller's
 * transaction: the first root of a repository, or root n+1 of a rotation, a return to the portal
 * (with the portal's signature) or a hand-over to the custodians (with the portal's old key's). The
 * bridge checks the thresholds again; a root that changed on notary-server meanwhile closes the
 * ceremony as FAILED.
 */
@ApplicationScoped
class CeremonyPublication {

  // Field injection, as the feature's other beans.
  @Inject RootCeremonies ceremonies;
  @Inject NotaryBridge bridge;
  @Inject TrustPins pins;
  @Inject RepositoryCeremonies repositories;
  @Inject SigningKeys serverKeys;
  @Inject HeldKeys heldKeys;
  @Inject AuditLog audit;
  @Inject Clock clock;

  void publish(RootCeremony ceremony, String actor) {
    if (CeremonyOperation.valueOf(ceremony.operation())
        != CeremonyOperation.INITIALISE_REPOSITORY) {
      publishRootChange(ceremony, actor);
      return;
    }
    Gun gun = new Gun(ceremony.gun());
    RootCeremonies.PreparedFiles files = ceremonies.files(ceremony.id());
    List<Signature> signatures = ceremonies.signatures(ceremony.id());
    PublishResult result =
        NotaryFailures.call(
            gun,
            () -> bridge.publishInitialisation(gun, files.root(), signatures, files.targets()));
    pins.initialised(gun, result);
    // After a trust reset the new keys replace the deleted root's (a first root has none pending).
    ceremonies.promoteRootKeys(ceremony.id(), ceremony.gun());
    repositories.initialised(gun, ceremony.id());
    ceremonies.decide(ceremony.id(), CeremonyState.PUBLISHED, clock.instant());
    record(
        ceremony,
        actor,
        "root_ceremony.published",
        "Root ceremony "
            + ceremony.id()
            + " published the"
            + " trust data of "
            + ceremony.gun()
            + " to notary-server: root v1 with "
            + ceremony.custodians()
            + " root keys, threshold "
            + ceremony.threshold()
            + ", signed by "
            + signatures.size()
            + " custodians.");
  }

  /**
   * Uploads the changed root (the bridge checks the old and the new threshold again, and that the
   * root is still the one the ceremony changes), pins it and makes the new root keys current.
   */
  private void publishRootChange(RootCeremony ceremony, String actor) {
    Gun gun = new Gun(ceremony.gun());
    RootCeremonies.PreparedFiles files = ceremonies.files(ceremony.id());
    List<Signature> signatures = new ArrayList<>(ceremonies.signatures(ceremony.id()));
    if (returnsToServer(ceremony)) {
      signatures.add(portalSignature(gun, files.root(), files.root()));
    }
    if (handedToCustodians(ceremony)) {
      signatures.add(portalSignature(gun, files.root(), files.oldRoot()));
    }
    TrustedRepository current = pins.read(gun);
    requireRootUnchanged(ceremony, current, files.oldRoot(), actor);
    PublishResult result;
    try {
      result =
          NotaryFailures.call(
              gun,
              () -> bridge.publishRootRotation(current, files.oldRoot(), files.root(), signatures));
    } catch (dev.trustportal.notary.publish.RootChangedException changed) {
      // Changed between the read above and the bridge's own read.
      throw failed(ceremony, pins.read(gun).root().signed().version(), actor);
    }
    pins.published(gun, result);
    if (returnsToServer(ceremony)) {
      // The custodians' keys sign nothing any more: the repository is the portal's again.
      ceremonies.retireRootKeys(ceremony.gun());
    } else {
      ceremonies.promoteRootKeys(ceremony.id(), ceremony.gun());
    }
    if (handedToCustodians(ceremony)) {
      // No root names the portal's old key any more; kept, it would be one more for a thief.
      heldKeys.delete(gun, RoleName.ROOT);
    }
    ceremonies.decide(ceremony.id(), CeremonyState.PUBLISHED, clock.instant());
    record(
        ceremony,
        actor,
        "root_ceremony.published",
        "Root ceremony "
            + ceremony.id()
            + " published root version "
            + result.versions().get(RoleName.ROOT)
            + " of "
            + ceremony.gun()
            + " to notary-server ("
            + ceremony.summary()
            + "), with "
            + signatures.size()
            + " root signatures.");
  }

  static boolean returnsToServer(RootCeremony ceremony) {
    return CeremonyOperation.valueOf(ceremony.operation())
        == CeremonyOperation.RETURN_ROOT_TO_SERVER;
  }

  static boolean handedToCustodians(RootCeremony ceremony) {
    return CeremonyOperation.valueOf(ceremony.operation())
        == CeremonyOperation.HAND_ROOT_TO_CUSTODIANS;
  }

  /**
   * The portal's signature of {@code rootFile} with the one root key {@code keyRootFile} names: the
   * key it made for a root handed back to it, or its own key of the root it hands to the
   * custodians.
   */
  private Signature portalSignature(Gun gun, byte[] rootFile, byte[] keyRootFile) {
    Metadata<Root> root = MetadataCodec.parse(RoleName.ROOT, rootFile, Root.class);
    Key key =
        MetadataCodec.parse(RoleName.ROOT, keyRootFile, Root.class)
            .signed()
            .keysOf(RoleName.ROOT)
            .values()
            .iterator()
            .next();
    PrivateKey held =
        serverKeys
            .find(KeyIds.canonical(key))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the portal's root key of " + gun.value() + " is not held"));
    return Signatures.sign(new SigningKey(key, held), root.canonicalSigned().toArray());
  }

  /**
   * A ceremony that changes a root can only publish on that root: once notary-server serves another
   * one, its signatures would not chain, so it is closed as FAILED.
   */
  void requireRootUnchanged(
      RootCeremony ceremony, TrustedRepository current, byte[] oldRoot, String actor) {
    if (!Arrays.equals(current.root().fileBytes().toArray(), oldRoot)) {
      throw failed(ceremony, current.root().signed().version(), actor);
    }
  }

  /** Closes the ceremony unpublished and deletes the root keys made for it. */
  private RootChangedException failed(RootCeremony ceremony, int currentVersion, String actor) {
    ceremonies.decide(ceremony.id(), CeremonyState.FAILED, clock.instant());
    ceremonies.dropPendingRootKeys(ceremony.id());
    RootChangedException failure =
        new RootChangedException(ceremony.id(), ceremony.gun(), currentVersion);
    audit.record(
        new AuditRecord(
            ceremony.organisation(),
            actor,
            "root_ceremony.failed",
            ceremony.gun(),
            Outcome.FAILED,
            "Root ceremony "
                + ceremony.id()
                + " failed with "
                + ceremony.progress()
                + " "
                + failure.getMessage()));
    return failure;
  }

  private void record(RootCeremony ceremony, String actor, String action, String detail) {
    audit.record(
        new AuditRecord(
            ceremony.organisation(), actor, action, ceremony.gun(), Outcome.SUCCEEDED, detail));
  }
}
