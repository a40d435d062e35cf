package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.verify.TrustedRepository;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A verified repository with a batch of changes applied in memory. It records which role files
 * changed; signing and uploading them is {@link Publisher}'s job. Rules mirror notary's client
 * (client/delegations.go, tuf/tuf.go): delegations live in their parent, thresholds fit the key
 * count, tags stay inside paths.
 */
final class StagedRepository {
  private final TrustedRepository base;
  private final ChangeContext ctx;
  private final Map<RoleName, Targets> roles = new HashMap<>();
  private final Set<RoleName> fresh = new LinkedHashSet<>();
  private final Set<RoleName> dirty = new LinkedHashSet<>();

  /**
   * Tag edits not yet folded into {@link #roles} (null file: removal), so a batch copies each
   * role's map once.
   */
  private final Map<RoleName, Map<String, dev.trustportal.notary.tuf.FileMeta>> tagEdits =
      new HashMap<>();

  private Root root;
  private boolean rootDirty;

  StagedRepository(TrustedRepository base, ChangeContext ctx) {
    this.base = base;
    this.ctx = ctx;
    this.root = base.root().signed();
    roles.put(RoleName.TARGETS, base.targets().signed());
    base.delegations().forEach((name, md) -> roles.put(name, md.signed()));
  }

  StagedRepository apply(List<Change> changes) {
    changes.forEach(this::apply);
    foldTagEdits();
    return this;
  }

  private void apply(Change change) {
    if (change instanceof Change.AddTarget c) {
      requireInPaths(c.role(), c.name());
      editTag(c.role(), c.name(), c.file());
      return;
    }
    if (change instanceof Change.RemoveTarget c) {
      editTag(c.role(), c.name(), null);
      return;
    }
    foldTagEdits();
    if (change instanceof Change.AddDelegation c) {
      addDelegation(c);
    } else if (change instanceof Change.RemoveDelegation c) {
      delegation(c.role());
      updateDelegations(c.role().parent(), d -> d.withoutRole(c.role()));
      roles
          .keySet()
          .removeIf(r -> r.value().startsWith(c.role().value() + "/") || r.equals(c.role()));
      dirty.removeIf(r -> !roles.containsKey(r));
    } else if (change instanceof Change.AddDelegationKeys c) {
      DelegatedRole d = delegation(c.role());
      Map<KeyId, Key> added = byId(c.keys());
      Set<KeyId> ids = new LinkedHashSet<>(d.keyIds());
      ids.addAll(added.keySet());
      updateDelegations(
          c.role().parent(), del -> del.withRole(d.withKeyIds(List.copyOf(ids)), added));
    } else if (change instanceof Change.RemoveDelegationKeys c) {
      removeDelegationKeys(c);
    } else if (change instanceof Change.SetThreshold c) {
      setThreshold(c.role(), c.threshold());
    } else {
      applyKeyChange(change);
    }
  }

  private void applyKeyChange(Change change) {
    if (change instanceof Change.RotateTargetsKey) {
      KeyPair kp = KeyPairs.ecdsaP256();
      Key key = TufKeys.ofPublicKey(kp.getPublic());
      ctx.keys().store(base.gun(), RoleName.TARGETS, KeyIds.canonical(key), kp.getPrivate());
      replaceRootRoleKey(RoleName.TARGETS, key);
      dirty.add(RoleName.TARGETS);
    } else if (change instanceof Change.RotateSnapshotKey) {
      replaceRootRoleKey(RoleName.SNAPSHOT, ctx.newServerKey().apply(RoleName.SNAPSHOT));
    } else if (change instanceof Change.RotateRootKey) {
      KeyPair kp = KeyPairs.ecdsaP256();
      Key key = TufKeys.ofCertificate(RootCertificates.generate(base.gun(), kp, ctx.now()));
      ctx.keys().store(base.gun(), RoleName.ROOT, KeyIds.canonical(key), kp.getPrivate());
      replaceRootRoleKey(RoleName.ROOT, key);
    } else if (change instanceof Change.ResignDelegation c) {
      delegation(c.role());
      update(c.role(), targets(c.role()));
    } else if (change instanceof Change.ResignTargets) {
      dirty.add(RoleName.TARGETS);
    } else if (change instanceof Change.ResignRoot) {
      rootDirty = true;
    }
  }

  private void addDelegation(Change.AddDelegation c) {
    Targets parent = targets(c.role().parent());
    if (parent.delegations().role(c.role()).isPresent()) {
      throw new DelegationExistsException(c.role());
    }
    Map<KeyId, Key> keys = byId(c.keys());
    checkThreshold(c.role(), c.threshold(), keys.size());
    DelegatedRole role =
        new DelegatedRole(
            c.role(), List.copyOf(keys.keySet()), c.threshold(), c.paths(), List.of());
    updateDelegations(c.role().parent(), d -> d.withRole(role, keys));
  }

  // notary's RemoveDelegationKeys accepts the ID in the role or the canonical ID (facts §6).
  private void removeDelegationKeys(Change.RemoveDelegationKeys c) {
    DelegatedRole d = delegation(c.role());
    Map<KeyId, Key> keys = targets(c.role().parent()).delegations().keys();
    List<KeyId> remaining =
        d.keyIds().stream()
            .filter(
                id ->
                    !c.keyIds().contains(id)
                        && !c.keyIds().contains(KeyIds.canonical(keys.get(id))))
            .toList();
    checkThreshold(c.role(), d.threshold(), remaining.size());
    updateDelegations(c.role().parent(), del -> del.withRole(d.withKeyIds(remaining), Map.of()));
  }

  private void setThreshold(RoleName role, int threshold) {
    if (role.isDelegation()) {
      DelegatedRole d = delegation(role);
      checkThreshold(role, threshold, d.keyIds().size());
      updateDelegations(role.parent(), del -> del.withRole(d.withThreshold(threshold), Map.of()));
    } else {
      checkThreshold(role, threshold, root.role(role).keyIds().size());
      root = root.withThreshold(role, threshold);
      rootDirty = true;
    }
  }

  private void replaceRootRoleKey(RoleName role, Key key) {
    Map<KeyId, Key> keys = new LinkedHashMap<>();
    keys.put(KeyIds.of(key), key);
    checkThreshold(role, root.role(role).threshold(), keys.size());
    root = root.withRoleKeys(role, keys);
    rootDirty = true;
  }

  private void updateDelegations(
      RoleName parent, java.util.function.UnaryOperator<Delegations> change) {
    Targets t = targets(parent);
    update(parent, t.withDelegations(change.apply(t.delegations())));
  }

  private void editTag(RoleName role, String name, dev.trustportal.notary.tuf.FileMeta file) {
    targets(role); // the role must exist (or start empty if defined but never uploaded)
    tagEdits.computeIfAbsent(role, r -> new HashMap<>()).put(name, file);
    dirty.add(role);
  }

  private void foldTagEdits() {
    tagEdits.forEach((role, edits) -> roles.put(role, roles.get(role).withTargetChanges(edits)));
    tagEdits.clear();
  }

  private void update(RoleName role, Targets next) {
    roles.put(role, next);
    dirty.add(role);
  }

  /**
   * The staged targets of a role; a delegation defined but never uploaded starts empty at version
   * 1.
   */
  Targets targets(RoleName role) {
    Targets t = roles.get(role);
    if (t != null) {
      return t;
    }
    if (!role.isDelegation()) {
      throw new UnknownRoleException(role);
    }
    delegation(role);
    Targets empty = Targets.empty(Expiries.targets(ctx.now()));
    roles.put(role, empty);
    fresh.add(role);
    return empty;
  }

  DelegatedRole delegation(RoleName role) {
    if (!role.isDelegation()) {
      throw new UnknownRoleException(role);
    }
    Targets parent = roles.get(role.parent());
    if (parent == null && role.parent().isDelegation()) {
      parent = targets(role.parent());
    }
    if (parent == null) {
      throw new UnknownRoleException(role);
    }
    return parent.delegations().role(role).orElseThrow(() -> new UnknownRoleException(role));
  }

  private void requireInPaths(RoleName role, String name) {
    for (RoleName r = role; r.isDelegation(); r = r.parent()) {
      if (!delegation(r).covers(name)) {
        throw new TargetOutsidePathsException(role, name);
      }
    }
  }

  private static void checkThreshold(RoleName role, int threshold, int keys) {
    if (threshold < 1 || threshold > keys) {
      throw new ThresholdWouldBreakException(role, threshold, keys);
    }
  }

  private static Map<KeyId, Key> byId(List<Key> keys) {
    Map<KeyId, Key> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(KeyIds.of(k), k));
    return out;
  }

  TrustedRepository base() {
    return base;
  }

  Root root() {
    return root;
  }

  boolean rootChanged() {
    return rootDirty;
  }

  /** Changed targets roles, parents before children. */
  List<RoleName> changedRoles() {
    List<RoleName> out = new ArrayList<>(dirty);
    out.sort(
        java.util.Comparator.comparingInt((RoleName r) -> r.value().split("/").length)
            .thenComparing(RoleName::value));
    return out;
  }

  /**
   * The version the next file of a role gets: one more than the stored version, or 1 for a new
   * file.
   */
  int nextVersion(RoleName role) {
    if (fresh.contains(role)) {
      return 1;
    }
    Metadata<Targets> current = base.targetsOf(role).orElse(null);
    return current == null ? 1 : current.signed().version() + 1;
  }
}
