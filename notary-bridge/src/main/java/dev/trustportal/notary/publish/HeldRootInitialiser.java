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
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Initialises a repository whose root keys are held by people, not by the bridge: root v1 lists
 * every root key (certificates, CN = GUN) with threshold M; the bridge prepares it unsigned, the
 * holders' signatures are collected elsewhere, and the root is uploaded with targets v1 once M of
 * them verify. notary-server accepts a root with several keys and threshold M when M sign it and
 * refuses it with fewer (facts §15); the bridge checks the threshold before uploading, so an
 * under-signed root fails here.
 */
public final class HeldRootInitialiser {
  private final NotaryServer server;
  private final SigningKeys keys;
  private final Clock clock;
  private Duration rootLifetime = Expiries.ROOT;

  /**
   * How long the roots it prepares are valid (notary's default: 10 years), at most as long as the
   * root keys' certificates where it re-signs existing ones.
   */
  public HeldRootInitialiser withRootLifetime(Duration lifetime) {
    this.rootLifetime = lifetime;
    return this;
  }

  public HeldRootInitialiser(NotaryServer server, SigningKeys keys, Clock clock) {
    this.server = server;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * Root v1 over the given root keys and threshold, unsigned, and targets v1 signed with a new
   * targets key.
   */
  public PreparedRoot prepare(Gun gun, List<Key> rootKeys, int threshold) {
    if (threshold < 1 || threshold > rootKeys.size()) {
      throw new IllegalArgumentException(
          "a root threshold of " + threshold + " needs 1 to " + rootKeys.size());
    }
    Instant now = clock.instant();
    KeyPair targetsPair = KeyPairs.ecdsaP256();
    Key targetsKey = TufKeys.ofPublicKey(targetsPair.getPublic());
    keys.store(gun, RoleName.TARGETS, KeyIds.canonical(targetsKey), targetsPair.getPrivate());
    Map<KeyId, Key> all = new TreeMap<>();
    List<KeyId> rootIds = new ArrayList<>();
    for (Key key : rootKeys) {
      all.put(KeyIds.of(key), key);
      rootIds.add(KeyIds.of(key));
    }
    Map<RoleName, Role> roles = new TreeMap<>();
    roles.put(RoleName.ROOT, new Role(rootIds.stream().sorted().toList(), threshold));
    Map<RoleName, Key> single = new LinkedHashMap<>();
    single.put(RoleName.TARGETS, targetsKey);
    single.put(RoleName.SNAPSHOT, server.serverKey(gun, RoleName.SNAPSHOT));
    single.put(RoleName.TIMESTAMP, server.serverKey(gun, RoleName.TIMESTAMP));
    single.forEach(
        (role, key) -> {
          all.put(KeyIds.of(key), key);
          roles.put(role, new Role(List.of(KeyIds.of(key)), 1));
        });
    Root root = new Root(1, now.plus(rootLifetime), false, all, roles);
    Metadata<Root> unsigned =
        MetadataCodec.seal(root, MetadataCodec.canonicalSigned(root), List.of());
    Metadata<Targets> targets =
        new RoleSigner(keys)
            .sign(
                RoleName.TARGETS,
                Targets.empty(Expiries.targets(now)),
                Map.of(KeyIds.of(targetsKey), targetsKey),
                List.of(KeyIds.of(targetsKey)),
                1);
    return new PreparedRoot(gun, unsigned, targets);
  }

  /**
   * Seals the prepared root with the holders' signatures and uploads it with targets v1.
   *
   * @throws dev.trustportal.notary.verify.ThresholdNotMetException if fewer than the threshold
   *     verify
   */
  Map<RoleName, Metadata<?>> upload(
      Gun gun, byte[] unsignedRootFile, List<Signature> signatures, byte[] targetsFile) {
    Metadata<Root> unsigned = MetadataCodec.parse(RoleName.ROOT, unsignedRootFile, Root.class);
    Root root = unsigned.signed();
    Metadata<Root> signed =
        MetadataCodec.seal(root, unsigned.canonicalSigned().toArray(), signatures);
    Role rootRole = root.role(RoleName.ROOT);
    SignatureCheck.check(
            RoleName.ROOT,
            rootRole.keyIds(),
            rootRole.threshold(),
            root.keysOf(RoleName.ROOT),
            signed)
        .requireVerified();
    Metadata<Targets> targets = MetadataCodec.parse(RoleName.TARGETS, targetsFile, Targets.class);
    Map<RoleName, byte[]> files = new LinkedHashMap<>();
    files.put(RoleName.ROOT, signed.fileBytes().toArray());
    files.put(RoleName.TARGETS, targets.fileBytes().toArray());
    server.publish(gun, files);
    return Map.of(RoleName.ROOT, signed, RoleName.TARGETS, targets);
  }
}
