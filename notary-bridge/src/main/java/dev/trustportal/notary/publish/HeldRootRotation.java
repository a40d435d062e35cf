package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.verify.SignatureCheck;
import dev.trustportal.notary.verify.TrustedRepository;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes the root of a repository whose root keys people hold: a new set of root keys (root
 * rotation, custodians added or removed) or a new targets key. The bridge prepares the next root
 * unsigned; the holders' signatures are collected elsewhere; the root is uploaded only when it
 * meets the old root's threshold with the old root keys and its own threshold with its own keys
 * (facts §3), as notary-server and every client that trusted the old root require.
 */
public final class HeldRootRotation {
  private final NotaryServer server;
  private final SigningKeys keys;
  private final Clock clock;
  private Duration rootLifetime = Expiries.ROOT;

  /**
   * How long the roots it prepares are valid (notary's default: 10 years), at most as long as the
   * root keys' certificates where it re-signs existing ones.
   */
  public HeldRootRotation withRootLifetime(Duration lifetime) {
    this.rootLifetime = lifetime;
    return this;
  }

  public HeldRootRotation(NotaryServer server, SigningKeys keys, Clock clock) {
    this.server = server;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * The next root of {@code base}, unsigned: with {@code rootKeys} and {@code threshold} as its
   * root role when given (else the root role unchanged) and, with {@code newTargetsKey}, a new
   * targets key the bridge makes and holds.
   */
  public Metadata<Root> prepare(
      TrustedRepository base, List<Key> rootKeys, int threshold, boolean newTargetsKey) {
    Root root = base.root().signed();
    if (!rootKeys.isEmpty()) {
      if (threshold < 1 || threshold > rootKeys.size()) {
        throw new IllegalArgumentException(
            "a root threshold of " + threshold + " needs 1 to " + rootKeys.size() + " root keys");
      }
      Map<KeyId, Key> byId = new TreeMap<>();
      rootKeys.forEach(key -> byId.put(KeyIds.of(key), key));
      root = root.withRoleKeys(RoleName.ROOT, byId).withThreshold(RoleName.ROOT, threshold);
    }
    if (newTargetsKey) {
      KeyPair pair = KeyPairs.ecdsaP256();
      Key key = TufKeys.ofPublicKey(pair.getPublic());
      keys.store(base.gun(), RoleName.TARGETS, KeyIds.canonical(key), pair.getPrivate());
      root = root.withRoleKeys(RoleName.TARGETS, Map.of(KeyIds.of(key), key));
    }
    return unsignedNext(root);
  }

  /**
   * The next root of {@code base}, unsigned, naming a new snapshot key that notary-server made for
   * the GUN (it signs snapshots with it once a root names it; facts §2). Root keys and targets
   * stay.
   */
  public Metadata<Root> prepareSnapshotKey(TrustedRepository base) {
    Key snapshot = server.rotateServerKey(base.gun(), RoleName.SNAPSHOT);
    Root root =
        base.root().signed().withRoleKeys(RoleName.SNAPSHOT, Map.of(KeyIds.of(snapshot), snapshot));
    return unsignedNext(root);
  }

  private Metadata<Root> unsignedNext(Root root) {
    Root next = root.next(Expiries.root(clock.instant(), rootLifetime, root));
    return MetadataCodec.seal(next, MetadataCodec.canonicalSigned(next), List.of());
  }

  /**
   * Seals the prepared root with the holders' signatures and uploads it; when it names a new
   * targets key, with the current targets re-signed by that key (one version up).
   *
   * @param current the trust data as it verifies now
   * @param oldRootFile the root the rotation was prepared on
   * @throws RootChangedException if the root is no longer the one the rotation was prepared on
   * @throws dev.trustportal.notary.verify.ThresholdNotMetException if the old or the new root's
   *     threshold of signatures is not met
   */
  Map<RoleName, Metadata<?>> upload(
      TrustedRepository current,
      byte[] oldRootFile,
      byte[] unsignedRootFile,
      List<Signature> signatures) {
    Gun gun = current.gun();
    if (!Arrays.equals(current.root().fileBytes().toArray(), oldRootFile)) {
      throw new RootChangedException(gun, current.root().signed().version());
    }
    Root old = current.root().signed();
    Metadata<Root> unsigned = MetadataCodec.parse(RoleName.ROOT, unsignedRootFile, Root.class);
    Root next = unsigned.signed();
    Metadata<Root> signed =
        MetadataCodec.seal(next, unsigned.canonicalSigned().toArray(), signatures);
    Role newRole = next.role(RoleName.ROOT);
    SignatureCheck.check(
            RoleName.ROOT,
            newRole.keyIds(),
            newRole.threshold(),
            next.keysOf(RoleName.ROOT),
            signed)
        .requireVerified();
    Role oldRole = old.role(RoleName.ROOT);
    SignatureCheck.check(
            RoleName.ROOT, oldRole.keyIds(), oldRole.threshold(), old.keysOf(RoleName.ROOT), signed)
        .requireVerified();
    Map<RoleName, Metadata<?>> files = new LinkedHashMap<>();
    files.put(RoleName.ROOT, signed);
    if (!next.role(RoleName.TARGETS).equals(old.role(RoleName.TARGETS))) {
      files.put(RoleName.TARGETS, resignedTargets(current, next, clock.instant()));
    }
    Map<RoleName, byte[]> upload = new LinkedHashMap<>();
    files.forEach((role, md) -> upload.put(role, md.fileBytes().toArray()));
    server.publish(gun, upload);
    return files;
  }

  private Metadata<Targets> resignedTargets(TrustedRepository current, Root next, Instant now) {
    Targets targets = current.targets().signed();
    Role role = next.role(RoleName.TARGETS);
    return new RoleSigner(keys)
        .sign(
            RoleName.TARGETS,
            targets.next(Expiries.targets(now)),
            next.keysOf(RoleName.TARGETS),
            role.keyIds(),
            role.threshold());
  }
}
