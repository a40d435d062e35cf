package dev.trustportal.portal.rootcustody;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.publish.PreparedRoot;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.repository.OwnerHeldRoots;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.securitykey.CustodianEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Opens the root ceremony of a new repository in OWNERS custody: one root key per custodian (a
 * certificate with CN = GUN, as {@code notary init} makes), each private key wrapped at once for
 * its custodian's security key and then dropped, so the portal can sign with none of them on its
 * own; root v1 lists all of them with the organisation's threshold. The ceremony stays open for the
 * {@link CeremonyPeriod}.
 */
@ApplicationScoped
class OwnerHeldInitialisations implements OwnerHeldRoots {

  // Field injection, as the feature's other beans.
  @Inject CustodyChanges changes;
  @Inject Custodians custodians;
  @Inject RootCeremonies ceremonies;
  @Inject NotaryBridge bridge;
  @Inject CeremonyPeriod period;
  @Inject OwnerHeldRotations rotations;
  @Inject Clock clock;

  @Override
  public boolean holdRootsOf(Organisation organisation) {
    return changes.setting(organisation).mode() == CustodyMode.OWNERS;
  }

  @Override
  public long openInitialisation(Repository repository) {
    Organisation org = repository.organisation();
    int threshold = changes.setting(org).threshold();
    List<CustodianEnrolment> holders = custodians.enrolments(org);
    if (holders.size() < threshold) {
      throw new InvalidCustodyException(
          org.name().value()
              + " has "
              + holders.size()
              + " custodians, fewer than"
              + " its root threshold "
              + threshold);
    }
    Gun gun = repository.gun();
    Instant now = clock.instant();
    List<Key> rootKeys = new ArrayList<>();
    for (CustodianEnrolment holder : holders) {
      NewRootKey made = NewRootKey.makeFor(holder, gun, now);
      ceremonies.storeRootKey(gun.value(), made.stored(), now);
      rootKeys.add(made.key());
    }
    PreparedRoot prepared =
        NotaryFailures.call(gun, () -> bridge.prepareInitialisation(gun, rootKeys, threshold));
    return ceremonies.open(
        org,
        gun.value(),
        digest(prepared.unsignedRoot().canonicalSigned().toArray()),
        prepared.unsignedRoot().fileBytes().toArray(),
        prepared.targets().fileBytes().toArray(),
        threshold,
        holders.size(),
        now,
        now.plus(period.length()));
  }

  @Override
  public long openReset(Repository repository) {
    Gun gun = repository.gun();
    Optional<RootCeremony> open =
        ceremonies.openCeremonyOf(gun.value()).flatMap(id -> ceremonies.find(id, true));
    if (open.isPresent()
        && open.get().operation().equals(CeremonyOperation.INITIALISE_REPOSITORY.name())) {
      repository.awaitCeremony(open.get().id());
      return open.get().id();
    }
    Instant now = clock.instant();
    // A rotation opened on the deleted root can never be published: it gives way to the reset.
    open.ifPresent(
        stale -> {
          ceremonies.decide(stale.id(), CeremonyState.FAILED, now);
          ceremonies.dropPendingRootKeys(stale.id());
        });
    Organisation org = repository.organisation();
    List<CustodianEnrolment> holders = custodians.enrolments(org);
    if (holders.isEmpty()) {
      throw new RootCeremonyRefusedException(
          gun.value(),
          org.name().value()
              + " has no custodians left (no owner with a security key enrolled as custodian key);"
              + " enrol one, then carry out the trust reset again");
    }
    // The way out when custodians fell below M: all of the current ones, if fewer than M remain.
    int threshold = Math.min(changes.setting(org).threshold(), holders.size());
    List<NewRootKey> made = new ArrayList<>();
    for (CustodianEnrolment holder : holders) {
      made.add(NewRootKey.makeFor(holder, gun, now));
    }
    List<Key> rootKeys = made.stream().map(NewRootKey::key).toList();
    PreparedRoot prepared =
        NotaryFailures.call(gun, () -> bridge.prepareInitialisation(gun, rootKeys, threshold));
    long id =
        ceremonies.open(
            org,
            gun.value(),
            digest(prepared.unsignedRoot().canonicalSigned().toArray()),
            prepared.unsignedRoot().fileBytes().toArray(),
            prepared.targets().fileBytes().toArray(),
            threshold,
            holders.size(),
            now,
            now.plus(period.length()));
    // Pending until published: the old root's keys stay current, and sign nothing of the new root.
    made.forEach(key -> ceremonies.storePendingRootKey(gun.value(), id, key.stored(), now));
    repository.awaitCeremony(id);
    return id;
  }

  @Override
  public long openKeyRotation(Repository repository, RoleName role) {
    CeremonyOperation operation = rotationOf(role);
    Optional<RootCeremony> open =
        ceremonies
            .openCeremonyOf(repository.gun().value())
            .flatMap(id -> ceremonies.find(id, true));
    if (open.isPresent() && open.get().operation().equals(operation.name())) {
      return open.get().id();
    }
    // Another open ceremony of the repository refuses this one: one root change at a time.
    return rotations.open(repository, operation);
  }

  private static CeremonyOperation rotationOf(RoleName role) {
    if (role.equals(RoleName.ROOT)) {
      return CeremonyOperation.ROTATE_ROOT;
    }
    if (role.equals(RoleName.TARGETS)) {
      return CeremonyOperation.ROTATE_TARGETS_KEY;
    }
    if (role.equals(RoleName.SNAPSHOT)) {
      return CeremonyOperation.ROTATE_SNAPSHOT_KEY;
    }
    throw new IllegalArgumentException("no root ceremony rotates the " + role + " key");
  }

  @Override
  public boolean holdsRootKey(String gun, String canonicalKeyId) {
    return ceremonies.rootKeys(gun).stream().anyMatch(k -> k.keyId().equals(canonicalKeyId));
  }

  static String digest(byte[] canonicalRoot) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRoot));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
