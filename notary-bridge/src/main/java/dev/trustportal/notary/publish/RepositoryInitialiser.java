package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Creates a repository the way docker trust does (facts §7, §13): new root (certificate, CN=GUN)
 * and targets keys, the server's timestamp and snapshot keys from {@code GET …/tuf/<role>.key}, so
 * the server signs snapshot and timestamp; then root v1 and an empty targets v1 are uploaded
 * together.
 */
public final class RepositoryInitialiser {
  private final NotaryServer server;
  private final SigningKeys keys;
  private final Clock clock;

  private Duration targetsLifetime = Expiries.TARGETS;
  private Duration rootLifetime = Expiries.ROOT;

  /** How long the first targets is valid (notary's default: 3 years). */
  public RepositoryInitialiser withTargetsLifetime(Duration lifetime) {
    this.targetsLifetime = lifetime;
    return this;
  }

  /** How long root v1 is valid (notary's default: 10 years, as its key's certificate). */
  public RepositoryInitialiser withRootLifetime(Duration lifetime) {
    this.rootLifetime = lifetime;
    return this;
  }

  public RepositoryInitialiser(NotaryServer server, SigningKeys keys, Clock clock) {
    this.server = server;
    this.keys = keys;
    this.clock = clock;
  }

  public PublishResult initialise(Gun gun) {
    return PublishResult.ofInitialisation(gun, upload(gun));
  }

  /** Creates and uploads root v1 and targets v1; returns the two files as uploaded. */
  Map<RoleName, Metadata<?>> upload(Gun gun) {
    Instant now = clock.instant();
    Key rootKey = generateRootKey(gun, now);
    Key targetsKey = generate(gun, RoleName.TARGETS);
    Map<RoleName, Key> roleKeys = new LinkedHashMap<>();
    roleKeys.put(RoleName.ROOT, rootKey);
    roleKeys.put(RoleName.TARGETS, targetsKey);
    roleKeys.put(RoleName.SNAPSHOT, server.serverKey(gun, RoleName.SNAPSHOT));
    roleKeys.put(RoleName.TIMESTAMP, server.serverKey(gun, RoleName.TIMESTAMP));
    Root root = root(roleKeys, now.plus(rootLifetime));
    RoleSigner signer = new RoleSigner(keys);
    Metadata<Root> rootMd =
        signer.sign(
            RoleName.ROOT, root, root.keysOf(RoleName.ROOT), root.role(RoleName.ROOT).keyIds(), 1);
    Metadata<Targets> targetsMd =
        signer.sign(
            RoleName.TARGETS,
            Targets.empty(now.plus(targetsLifetime)),
            root.keysOf(RoleName.TARGETS),
            root.role(RoleName.TARGETS).keyIds(),
            1);
    Map<RoleName, byte[]> files = new LinkedHashMap<>();
    files.put(RoleName.ROOT, rootMd.fileBytes().toArray());
    files.put(RoleName.TARGETS, targetsMd.fileBytes().toArray());
    server.publish(gun, files);
    return Map.of(RoleName.ROOT, rootMd, RoleName.TARGETS, targetsMd);
  }

  private static Root root(Map<RoleName, Key> roleKeys, Instant expires) {
    Map<KeyId, Key> keys = new TreeMap<>();
    Map<RoleName, Role> roles = new TreeMap<>();
    roleKeys.forEach(
        (role, key) -> {
          KeyId id = KeyIds.of(key);
          keys.put(id, key);
          roles.put(role, new Role(List.of(id), 1));
        });
    return new Root(1, expires, false, keys, roles);
  }

  private Key generateRootKey(Gun gun, Instant now) {
    KeyPair kp = KeyPairs.ecdsaP256();
    Key key = TufKeys.ofCertificate(RootCertificates.generate(gun, kp, now));
    keys.store(gun, RoleName.ROOT, KeyIds.canonical(key), kp.getPrivate());
    return key;
  }

  private Key generate(Gun gun, RoleName role) {
    KeyPair kp = KeyPairs.ecdsaP256();
    Key key = TufKeys.ofPublicKey(kp.getPublic());
    keys.store(gun, role, KeyIds.canonical(key), kp.getPrivate());
    return key;
  }
}
