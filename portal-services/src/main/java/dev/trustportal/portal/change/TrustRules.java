package dev.trustportal.portal.change;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.SignerName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules behind {@link TrustChange}: what each change needs of the current trust data and which
 * bridge changes carry it out. {@code targets/releases} is created with threshold 1 and all paths
 * when the first signer arrives (as {@code docker trust signer add} does), and deleted when the
 * last of its keys leaves, since a delegation without keys can sign nothing; a key stays in it
 * while another signer still has it. A removal that would leave a role with fewer keys than its
 * threshold is refused: lower the threshold first.
 */
final class TrustRules {

  private static final List<String> ALL_PATHS = List.of("");

  private TrustRules() {}

  static void addSigner(TrustChange.AddSigner change, CurrentTrust now) {
    if (now.role(change.name().role()).isPresent()) {
      throw new SignerExistsException(change.name().value());
    }
  }

  static boolean hasSigner(TrustChange.AddSigner change, CurrentTrust now) {
    Set<KeyId> ids = ids(change.keys());
    return now.role(change.name().role())
            .map(r -> new HashSet<>(r.keyIds()).equals(ids))
            .orElse(false)
        && now.keyIdsOf(RoleName.RELEASES).containsAll(ids);
  }

  static List<Change> addSignerChanges(TrustChange.AddSigner change, CurrentTrust now) {
    List<Change> changes = new ArrayList<>(addToReleases(change.keys(), now));
    changes.add(new Change.AddDelegation(change.name().role(), change.keys(), 1, ALL_PATHS));
    return changes;
  }

  static void removeSigner(TrustChange.RemoveSigner change, CurrentTrust now) {
    DelegatedRole role = signerRole(change.name(), now);
    requireReleasesUsable(leavingReleases(change.name(), role.keyIds(), now), now);
  }

  static List<Change> removeSignerChanges(TrustChange.RemoveSigner change, CurrentTrust now) {
    DelegatedRole role = signerRole(change.name(), now);
    List<Change> changes =
        new ArrayList<>(
            removeFromReleases(leavingReleases(change.name(), role.keyIds(), now), now));
    changes.add(new Change.RemoveDelegation(role.name()));
    return changes;
  }

  static void addSignerKey(TrustChange.AddSignerKey change, CurrentTrust now) {
    DelegatedRole role = signerRole(change.signer(), now);
    KeyId canonical = KeyIds.canonical(change.key());
    boolean present =
        role.keyIds().stream()
            .anyMatch(
                id ->
                    id.equals(KeyIds.of(change.key()))
                        || now.canonical(id).map(canonical::equals).orElse(false));
    if (present) {
      throw new SignerKeyExistsException(change.signer().value(), KeyIds.of(change.key()).value());
    }
  }

  static List<Change> addSignerKeyChanges(TrustChange.AddSignerKey change, CurrentTrust now) {
    List<Change> changes = new ArrayList<>();
    changes.add(new Change.AddDelegationKeys(change.signer().role(), List.of(change.key())));
    changes.addAll(addToReleases(List.of(change.key()), now));
    return changes;
  }

  static void removeSignerKey(TrustChange.RemoveSignerKey change, CurrentTrust now) {
    DelegatedRole role = signerRole(change.signer(), now);
    KeyId id = keyOf(change, now);
    int remaining = role.keyIds().size() - 1;
    if (remaining == 0) {
      throw ThresholdBreakException.lastKeyOfSigner(change.signer().value(), id.value());
    }
    if (remaining < role.threshold()) {
      throw ThresholdBreakException.belowThreshold(role.name(), role.threshold(), remaining);
    }
    requireReleasesUsable(leavingReleases(change.signer(), List.of(id), now), now);
  }

  static List<Change> removeSignerKeyChanges(TrustChange.RemoveSignerKey change, CurrentTrust now) {
    KeyId id = keyOf(change, now);
    List<Change> changes = new ArrayList<>();
    changes.add(new Change.RemoveDelegationKeys(change.signer().role(), List.of(id)));
    changes.addAll(removeFromReleases(leavingReleases(change.signer(), List.of(id), now), now));
    return changes;
  }

  static void setThreshold(TrustChange.SetThreshold change, CurrentTrust now) {
    DelegatedRole role =
        now.role(change.role()).orElseThrow(() -> new RoleNotFoundException(change.role().value()));
    int keys = role.keyIds().size();
    if (change.threshold() < 1 || change.threshold() > keys) {
      throw new InvalidThresholdException(change.role().value(), change.threshold(), keys);
    }
  }

  private static DelegatedRole signerRole(SignerName signer, CurrentTrust now) {
    return now.role(signer.role()).orElseThrow(() -> new SignerNotFoundException(signer.value()));
  }

  private static KeyId keyOf(TrustChange.RemoveSignerKey change, CurrentTrust now) {
    return now.resolve(change.signer().role(), change.keyId())
        .orElseThrow(
            () -> new SignerKeyNotFoundException(change.signer().value(), change.keyId().value()));
  }

  /**
   * The signer's keys that leave {@code targets/releases}: those in it that no other signer has.
   */
  private static List<KeyId> leavingReleases(
      SignerName signer, List<KeyId> keys, CurrentTrust now) {
    List<KeyId> releases = now.keyIdsOf(RoleName.RELEASES);
    return keys.stream()
        .filter(releases::contains)
        .filter(id -> !now.usedByOtherSigner(id, signer))
        .toList();
  }

  private static void requireReleasesUsable(List<KeyId> leaving, CurrentTrust now) {
    now.role(RoleName.RELEASES)
        .ifPresent(
            releases -> {
              int remaining = releases.keyIds().size() - leaving.size();
              if (remaining > 0 && remaining < releases.threshold()) {
                throw ThresholdBreakException.belowThreshold(
                    RoleName.RELEASES, releases.threshold(), remaining);
              }
            });
  }

  private static List<Change> addToReleases(List<Key> keys, CurrentTrust now) {
    if (now.role(RoleName.RELEASES).isEmpty()) {
      return List.of(new Change.AddDelegation(RoleName.RELEASES, keys, 1, ALL_PATHS));
    }
    List<KeyId> present = now.keyIdsOf(RoleName.RELEASES);
    List<Key> missing = keys.stream().filter(k -> !present.contains(KeyIds.of(k))).toList();
    return missing.isEmpty()
        ? List.of()
        : List.of(new Change.AddDelegationKeys(RoleName.RELEASES, missing));
  }

  private static List<Change> removeFromReleases(List<KeyId> leaving, CurrentTrust now) {
    if (leaving.isEmpty() || now.role(RoleName.RELEASES).isEmpty()) {
      return List.of();
    }
    if (now.keyIdsOf(RoleName.RELEASES).size() == leaving.size()) {
      return List.of(new Change.RemoveDelegation(RoleName.RELEASES));
    }
    return List.of(new Change.RemoveDelegationKeys(RoleName.RELEASES, leaving));
  }

  private static Set<KeyId> ids(List<Key> keys) {
    Set<KeyId> ids = new HashSet<>();
    keys.forEach(k -> ids.add(KeyIds.of(k)));
    return ids;
  }
}
