package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.util.List;

/** One staged change; a list of them is applied as one batch and published in one upload. */
public sealed interface Change {
  /** Adds or replaces a tag in {@code targets} or in a delegation whose key is held. */
  record AddTarget(RoleName role, String name, FileMeta file) implements Change {}

  record RemoveTarget(RoleName role, String name) implements Change {}

  /** Creates a delegation ({@code paths [""]} for all paths) in its parent role. */
  record AddDelegation(RoleName role, List<Key> keys, int threshold, List<String> paths)
      implements Change {
    public AddDelegation {
      keys = List.copyOf(keys);
      paths = List.copyOf(paths);
    }
  }

  record RemoveDelegation(RoleName role) implements Change {}

  record AddDelegationKeys(RoleName role, List<Key> keys) implements Change {
    public AddDelegationKeys {
      keys = List.copyOf(keys);
    }
  }

  /**
   * Removes keys by the ID in the role or by canonical ID (as {@code notary delegation remove}
   * accepts both).
   */
  record RemoveDelegationKeys(RoleName role, List<KeyId> keyIds) implements Change {
    public RemoveDelegationKeys {
      keyIds = List.copyOf(keyIds);
    }
  }

  /**
   * Threshold of root, targets, snapshot, timestamp (in root.json) or of a delegation (in its
   * parent).
   */
  record SetThreshold(RoleName role, int threshold) implements Change {}

  record RotateTargetsKey() implements Change {}

  /**
   * Asks the server for a new snapshot key and names it in root; the server keeps signing snapshot.
   */
  record RotateSnapshotKey() implements Change {}

  /** New root key and certificate; the new root is signed by the old and the new root keys. */
  record RotateRootKey() implements Change {}

  /** Re-signs a delegation with the held keys, with a new version and expiry (notary "witness"). */
  record ResignDelegation(RoleName role) implements Change {}

  /**
   * Re-signs {@code targets} unchanged, with a new version and expiry (and snapshot with it when
   * its key is held), before it expires.
   */
  record ResignTargets() implements Change {}

  /**
   * Re-signs {@code root} unchanged (the same keys and thresholds) with the next version and a new
   * expiry, with the root keys held, before it expires; notary's client does the same when a root
   * nears its expiry ({@code client.publish}, {@code signRootIfNecessary}).
   */
  record ResignRoot() implements Change {}
}
