package dev.trustportal.portal.support;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.server.MetadataNotFoundException;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.MissingMetadataException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.pinning.Divergences;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.NotaryFailures;
import dev.trustportal.portal.publishing.TrustDataInvalidException;
import dev.trustportal.portal.repository.OwnerHeldRoots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each step does on notary-server, in the caller's transaction. Every step first looks whether
 * its effect is there already (a step whose transaction was lost after notary-server took the
 * change), so a step is never applied twice: a rotation compares the key with the one captured at
 * opening, the re-initialisation looks for a root the portal or the custodians hold, re-adding
 * skips delegations that exist. Where the custodians hold the root, the re-initialisation and the
 * key rotations wait for their root ceremony.
 */
@ApplicationScoped
class StepActions {

  /**
   * What a step did: {@code detail} is stored with the step (a new key ID), {@code message} is
   * audited.
   */
  record Result(String detail, String message) {}

  @Inject NotaryBridge bridge;
  @Inject HeldKeys heldKeys;
  @Inject OwnerHeldRoots ownerHeldRoots;
  @Inject SupportCases cases;
  @Inject Clock clock;
  @Inject TrustPins pins;
  @Inject Divergences divergences;

  Result run(SupportCase c, CaseStep step) {
    return switch (step) {
      case DELETE_REMOTE -> deleteRemote(c);
      case INITIALISE -> initialise(c);
      case READD_SIGNERS -> readdSigners(c);
      case NOTICE -> notice(c);
      case ROTATE_ROOT ->
          rotate(c, RoleName.ROOT, c.captured().rootKeyId(), new Change.RotateRootKey());
      case ROTATE_TARGETS ->
          rotate(c, RoleName.TARGETS, c.captured().targetsKeyId(), new Change.RotateTargetsKey());
      case ROTATE_SNAPSHOT ->
          rotate(
              c, RoleName.SNAPSHOT, c.captured().snapshotKeyId(), new Change.RotateSnapshotKey());
      case REMOVE_SIGNER_KEY -> removeSignerKey(c);
      case DONE -> throw new IllegalStateException("DONE is no step to run");
    };
  }

  private Result deleteRemote(SupportCase c) {
    Gun gun = c.gun();
    requireUnchangedSignersSince(c);
    // notary-server answers 200 for a GUN it does not hold, so a repeated delete is harmless (facts
    // §2).
    NotaryFailures.call(
        gun,
        () -> {
          bridge.delete(gun);
          return null;
        });
    return new Result("", "the remote trust data of " + gun + " is deleted.");
  }

  /**
   * The signers re-added after the reset are those captured when the case was opened and approved;
   * if they changed since, deleting now would lose the difference. Unreadable or deleted trust data
   * has nothing more to lose.
   */
  private void requireUnchangedSignersSince(SupportCase c) {
    Optional<TrustedRepository> current;
    try {
      current = readIfAny(c.gun());
    } catch (TrustDataInvalidException unreadable) {
      return;
    }
    Set<CapturedTrust.Role> now =
        current.map(t -> Set.copyOf(CapturedTrust.of(t).delegations())).orElse(null);
    if (now != null
        && c.captured().unreadable() == null
        && !now.equals(Set.copyOf(c.captured().delegations()))) {
      throw new TrustChangedSinceOpeningException(c.id(), c.gun().value());
    }
  }

  private Result initialise(SupportCase c) {
    Gun gun = c.gun();
    Optional<TrustedRepository> existing = fetchIfAny(gun);
    if (existing.isPresent() && isNewRootHeld(gun, existing.get(), c.captured().rootKeyId())) {
      String rootKeyId = keyId(existing.get(), RoleName.ROOT);
      pins.adopted(existing.get());
      divergences.resolve(
          gun, "Trust reset by support case " + c.id() + ": new root key " + rootKeyId + ".");
      return new Result(rootKeyId, "already initialised with the new root key " + rootKeyId + ".");
    }
    if (ownerHeldRoots.holdRootsOf(c.organisation())) {
      // Custodians hold the roots: the new one is made for them and signed in a root ceremony,
      // never by a root key the portal could open on its own.
      long ceremony = ownerHeldRoots.openReset(c.repository());
      throw new RootCeremonyAwaitedException(c.id(), gun.value(), ceremony);
    }
    pins.initialised(gun, NotaryFailures.call(gun, () -> bridge.initialise(gun)));
    String rootKeyId = keyId(pins.readForSupport(gun), RoleName.ROOT);
    divergences.resolve(
        gun, "Trust reset by support case " + c.id() + ": new root key " + rootKeyId + ".");
    return new Result(
        rootKeyId,
        "initialised with new root and targets keys held by the portal; new root key "
            + rootKeyId
            + ".");
  }

  private boolean isNewRootHeld(Gun gun, TrustedRepository trust, String oldRootKeyId) {
    String current = keyId(trust, RoleName.ROOT);
    return !current.equals(oldRootKeyId)
        && trust.root().signed().keysOf(RoleName.ROOT).values().stream()
            .map(KeyIds::canonical)
            .anyMatch(
                key ->
                    !heldKeys.findByKeyId(key).isEmpty()
                        || ownerHeldRoots.holdsRootKey(gun.value(), key.value()));
  }

  private Result readdSigners(SupportCase c) {
    Gun gun = c.gun();
    TrustedRepository trust = pins.readForSupport(gun);
    List<Change> changes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (CapturedTrust.Role role : CasePlans.readdOrder(c.captured())) {
      RoleName name = new RoleName(role.role());
      boolean exists = trust.delegationRoles().stream().anyMatch(d -> d.name().equals(name));
      if (!exists && !role.keys().isEmpty()) {
        changes.add(
            new Change.AddDelegation(
                name, List.copyOf(role.keys().values()), role.threshold(), role.paths()));
        names.add(role.role() + " (threshold " + role.threshold() + ")");
      }
    }
    if (changes.isEmpty()) {
      return new Result("", "no signer to re-add.");
    }
    pins.expect(trust, changes);
    pins.published(gun, NotaryFailures.call(gun, () -> bridge.publish(trust, changes)));
    return new Result(String.join(", ", names), "re-added " + String.join(", ", names) + ".");
  }

  private Result notice(SupportCase c) {
    String rootKeyId = cases.stepDetail(c.id(), CaseStep.INITIALISE).orElseThrow();
    String gun = c.gun().value();
    ResetNotice notice =
        new ResetNotice(
            gun,
            clock.instant(),
            rootKeyId,
            ResetNotice.consumerSteps(gun, rootKeyId),
            c.captured().tagNames(),
            c.id());
    cases.storeNotice(c.repository(), notice);
    return new Result(
        "",
        "reset notice published: new root key "
            + rootKeyId
            + ", "
            + notice.tagsToSignAgain().size()
            + " tag(s) to sign again.");
  }

  private Result rotate(SupportCase c, RoleName role, String capturedKeyId, Change rotation) {
    Gun gun = c.gun();
    TrustedRepository trust = pins.readForSupport(gun);
    if (!keyId(trust, role).equals(capturedKeyId)) {
      String current = keyId(trust, role);
      resolvedByRootRotation(c, role, current);
      return new Result(
          current, "the " + role + " key is " + current + " already, not " + capturedKeyId + ".");
    }
    if (custodiansHoldRoot(gun, trust)) {
      // Each of these keys is named in root, which only the custodians' keys sign.
      long ceremony = ownerHeldRoots.openKeyRotation(c.repository(), role);
      throw new RootCeremonyAwaitedException(c.id(), gun.value(), ceremony);
    }
    pins.published(gun, NotaryFailures.call(gun, () -> bridge.publish(trust, List.of(rotation))));
    String rotated = keyId(pins.readForSupport(gun), role);
    resolvedByRootRotation(c, role, rotated);
    return new Result(
        rotated, "the " + role + " key " + capturedKeyId + " is replaced by " + rotated + ".");
  }

  private boolean custodiansHoldRoot(Gun gun, TrustedRepository trust) {
    return trust.root().signed().keysOf(RoleName.ROOT).values().stream()
        .map(KeyIds::canonical)
        .anyMatch(key -> ownerHeldRoots.holdsRootKey(gun.value(), key.value()));
  }

  /** A root rotation on trust data that verifies against the pin again ends a divergence. */
  private void resolvedByRootRotation(SupportCase c, RoleName role, String rootKeyId) {
    if (role.equals(RoleName.ROOT)) {
      divergences.resolve(
          c.gun(), "Root rotation by support case " + c.id() + ": root key " + rootKeyId + ".");
    }
  }

  private Result removeSignerKey(SupportCase c) {
    Gun gun = c.gun();
    TrustedRepository trust = pins.readForSupport(gun);
    SignerKeyLoss loss;
    try {
      loss = SignerKeyLoss.of(CapturedTrust.of(trust), c.signerName(), c.signerKeyId());
    } catch (InvalidCaseException gone) {
      return new Result(
          "",
          "key "
              + c.signerKeyId()
              + " of "
              + c.signerName()
              + " is not in the trust data"
              + " (any more).");
    }
    List<Change> changes = new ArrayList<>();
    for (SignerKeyLoss.RoleChange change : loss.changes()) {
      RoleName role = new RoleName(change.role());
      if (change.removesRole()) {
        changes.add(new Change.RemoveDelegation(role));
        continue;
      }
      if (change.thresholdAfter() < change.thresholdBefore()) {
        changes.add(new Change.SetThreshold(role, change.thresholdAfter()));
      }
      changes.add(new Change.RemoveDelegationKeys(role, List.of(new KeyId(change.keyId()))));
    }
    pins.expect(trust, changes);
    pins.published(gun, NotaryFailures.call(gun, () -> bridge.publish(trust, changes)));
    String orphans = loss.orphanTags().isEmpty() ? "none" : String.join(", ", loss.orphanTags());
    return new Result(
        orphans,
        "key "
            + loss.canonicalKeyId()
            + " of "
            + loss.signer()
            + " removed from "
            + String.join(
                ", ", loss.changes().stream().map(SignerKeyLoss.RoleChange::role).toList())
            + "; tags to sign again: "
            + orphans
            + ".");
  }

  private Optional<TrustedRepository> fetchIfAny(Gun gun) {
    return NotaryFailures.call(
        gun,
        () -> {
          try {
            return Optional.of(bridge.fetch(gun));
          } catch (MetadataNotFoundException none) {
            return Optional.empty();
          } catch (MissingMetadataException missing) {
            // The verifier reports a GUN without root.json as missing metadata (a 404 underneath).
            if (missing.role().equals(RoleName.ROOT)) {
              return Optional.empty();
            }
            throw missing;
          }
        });
  }

  /** As {@link #fetchIfAny}, but verified against the pin. */
  private Optional<TrustedRepository> readIfAny(Gun gun) {
    try {
      return Optional.of(pins.readForSupport(gun));
    } catch (TrustDataInvalidException unreadable) {
      if (fetchIfAny(gun).isEmpty()) {
        return Optional.empty();
      }
      throw unreadable;
    }
  }

  private static String keyId(TrustedRepository trust, RoleName role) {
    return trust.root().signed().role(role).keyIds().stream()
        .findFirst()
        .map(KeyId::value)
        .orElse("");
  }
}
