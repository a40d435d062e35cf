package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.publish.SigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.securitykey.CustodianEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the ceremonies that change the root of an initialised OWNERS repository. A root rotation
 * makes a new root key for each current custodian (wrapped for them at once, as at initialisation),
 * so an owner who enrolled since is added and one who left is dropped; a targets key rotation keeps
 * the root keys and names a new targets key. Either way the prepared root is version n+1 of the
 * root that verifies now, and the custodians sign it with M old and M new root keys.
 */
@ApplicationScoped
class OwnerHeldRotations {

  // Field injection, as the feature's other beans.
  @Inject CustodyChanges changes;
  @Inject Custodians custodians;
  @Inject RootCeremonies ceremonies;
  @Inject NotaryBridge bridge;
  @Inject TrustPins pins;
  @Inject Repositories repositories;
  @Inject CeremonyPeriod period;
  @Inject SigningKeys serverKeys;
  @Inject Clock clock;

  long open(Repository repository, CeremonyOperation operation) {
    Organisation org = repository.organisation();
    Gun gun = repository.gun();
    requireRotatable(org, repository, operation);
    TrustedRepository base = pins.read(gun);
    Instant now = clock.instant();
    if (operation == CeremonyOperation.RETURN_ROOT_TO_SERVER) {
      return openReturnToServer(org, gun, base, now);
    }
    if (operation == CeremonyOperation.ROTATE_TARGETS_KEY
        || operation == CeremonyOperation.ROTATE_SNAPSHOT_KEY) {
      // The root keys stay: the custodians sign with the keys they hold now.
      Metadata<Root> next =
          NotaryFailures.call(
              gun,
              () ->
                  operation == CeremonyOperation.ROTATE_TARGETS_KEY
                      ? bridge.prepareRootRotation(base, List.of(), 0, true)
                      : bridge.prepareSnapshotKeyRotation(base));
      int threshold = next.signed().role(RoleName.ROOT).threshold();
      int holders = next.signed().role(RoleName.ROOT).keyIds().size();
      return open(org, gun, operation, base, next, threshold, holders, now);
    }
    int threshold = changes.setting(org).threshold();
    List<CustodianEnrolment> holders = custodians.enrolments(org);
    if (holders.size() < threshold) {
      throw new RootCeremonyRefusedException(
          gun.value(),
          "only "
              + holders.size()
              + " custodians remain, fewer than the root threshold "
              + threshold
              + "; the support desk's trust reset makes new roots under the current custodians");
    }
    List<NewRootKey> made = new ArrayList<>();
    holders.forEach(holder -> made.add(NewRootKey.makeFor(holder, gun, now)));
    List<Key> keys = made.stream().map(NewRootKey::key).toList();
    Metadata<Root> next =
        NotaryFailures.call(gun, () -> bridge.prepareRootRotation(base, keys, threshold, false));
    long id = open(org, gun, operation, base, next, threshold, holders.size(), now);
    made.forEach(key -> ceremonies.storePendingRootKey(gun.value(), id, key.stored(), now));
    return id;
  }

  /**
   * After the organisation's custody changed (a new threshold, or back to SERVER): the operation on
   * every repository whose root its custodians hold. The old root's quorum signs each (notary
   * requires M old signatures), so the change takes effect on a repository only with their touches.
   *
   * @return for the audit, what was opened and what could not be ("app: ceremony 12", "web: …")
   */
  List<String> openForEveryCustodiansRoot(Organisation org, CeremonyOperation operation) {
    return openFor(ceremonies.gunsWithRootKeys(org), operation);
  }

  /**
   * After the organisation entered OWNERS custody: the hand-over of every root the portal holds to
   * the custodians, which they sign with their new keys and the portal with its old one.
   */
  List<String> openForEveryServerRoot(Organisation org) {
    return openFor(ceremonies.gunsWithoutRootKeys(org), CeremonyOperation.HAND_ROOT_TO_CUSTODIANS);
  }

  private List<String> openFor(List<String> guns, CeremonyOperation operation) {
    List<String> outcomes = new ArrayList<>();
    for (String gun : guns) {
      Optional<Repository> repository = repositories.byGun(new Gun(gun));
      if (repository.isEmpty()) {
        continue;
      }
      try {
        outcomes.add(gun + ": root ceremony " + open(repository.get(), operation));
      } catch (RootCeremonyRefusedException refused) {
        outcomes.add(gun + ": " + refused.getMessage());
      }
    }
    return outcomes;
  }

  private void requireRotatable(
      Organisation org, Repository repository, CeremonyOperation operation) {
    String gun = repository.gun().value();
    if (operation == CeremonyOperation.INITIALISE_REPOSITORY) {
      throw new RootCeremonyRefusedException(
          gun, "a repository is initialised when it is created, not on request");
    }
    CustodyMode mode = changes.setting(org).mode();
    if (operation == CeremonyOperation.RETURN_ROOT_TO_SERVER && mode != CustodyMode.SERVER) {
      throw new RootCeremonyRefusedException(
          gun,
          org.name().value()
              + " is in OWNERS custody: roots return to the portal once the owners approve SERVER"
              + " custody");
    }
    if (operation != CeremonyOperation.RETURN_ROOT_TO_SERVER && mode != CustodyMode.OWNERS) {
      throw new RootCeremonyRefusedException(
          gun,
          org.name().value()
              + " keeps its root keys in SERVER custody: its rotations need no ceremony");
    }
    if (repository.pendingCeremony().isPresent()
        || repository.pendingInitialisation().isPresent()) {
      throw new RootCeremonyRefusedException(gun, "the repository is not initialised yet");
    }
    boolean portals = ceremonies.rootKeys(gun).isEmpty();
    if (operation == CeremonyOperation.HAND_ROOT_TO_CUSTODIANS && !portals) {
      throw new RootCeremonyRefusedException(gun, "its root keys are the custodians' already");
    }
    if (operation != CeremonyOperation.HAND_ROOT_TO_CUSTODIANS && portals) {
      throw new RootCeremonyRefusedException(
          gun,
          "its root was made in SERVER custody, before the switch; its root keys are not the"
              + " custodians'");
    }
    ceremonies
        .openCeremonyOf(gun)
        .ifPresent(
            open -> {
              throw new RootCeremonyRefusedException(
                  gun, "root ceremony " + open + " is still open for it");
            });
  }

  /**
   * The root handed back to the portal: one new root key, made and sealed by the portal as at a
   * SERVER initialisation, listed alone with threshold 1. The custodians' old quorum signs it in
   * the ceremony; the portal adds its own signature when it publishes.
   */
  private long openReturnToServer(Organisation org, Gun gun, TrustedRepository base, Instant now) {
    KeyPair pair = KeyPairs.ecdsaP256();
    Key key = TufKeys.ofCertificate(RootCertificates.generate(gun, pair, now));
    serverKeys.store(gun, RoleName.ROOT, KeyIds.canonical(key), pair.getPrivate());
    Metadata<Root> next =
        NotaryFailures.call(gun, () -> bridge.prepareRootRotation(base, List.of(key), 1, false));
    var oldRoot = base.root().signed().role(RoleName.ROOT);
    return open(
        org,
        gun,
        CeremonyOperation.RETURN_ROOT_TO_SERVER,
        base,
        next,
        oldRoot.threshold(),
        oldRoot.keyIds().size(),
        now);
  }

  private long open(
      Organisation org,
      Gun gun,
      CeremonyOperation operation,
      TrustedRepository base,
      Metadata<Root> next,
      int threshold,
      int holders,
      Instant now) {
    return ceremonies.openRootChange(
        org,
        gun.value(),
        operation,
        OwnerHeldInitialisations.digest(next.canonicalSigned().toArray()),
        next.fileBytes().toArray(),
        base.root().fileBytes().toArray(),
        threshold,
        holders,
        now,
        now.plus(period.length()));
  }
}
