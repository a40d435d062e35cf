package dev.trustportal.notary.verify;

import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A complete repository made in-test at a fixed time: root (certificate key), targets, snapshot,
 * timestamp (ed25519, like the server's) and targets/releases with 3 keys and threshold 2. Files
 * can be rebuilt with other versions or expiries and tampered with, then verified without any I/O.
 */
final class RepositoryFixture {
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Gun GUN = new Gun("example.com/fixture/app");

  final Map<RoleName, List<SigningKey>> keys = new HashMap<>();
  final Map<RoleName, byte[]> files = new TreeMap<>();
  Root root;
  Targets targets;
  Targets releases;
  int releasesSigners = 2;

  /** Roles whose file a rebuild keeps byte for byte (signatures are randomised otherwise). */
  final Set<RoleName> unchanged = new java.util.HashSet<>();

  RepositoryFixture() {
    keys.put(RoleName.ROOT, List.of(rootKey(NOW)));
    keys.put(RoleName.TARGETS, List.of(plain(KeyPairs.ecdsaP256())));
    keys.put(RoleName.SNAPSHOT, List.of(plain(KeyPairs.rsa(2048))));
    keys.put(RoleName.TIMESTAMP, List.of(plain(KeyPairs.ed25519())));
    keys.put(
        RoleName.RELEASES,
        List.of(
            plain(KeyPairs.ecdsaP256()), plain(KeyPairs.ecdsaP256()), plain(KeyPairs.ecdsaP256())));
    root = new Root(1, NOW.plus(Duration.ofDays(3650)), false, rootKeys(), rootRoles());
    Map<KeyId, Key> releaseKeys = new TreeMap<>();
    keys.get(RoleName.RELEASES).forEach(k -> releaseKeys.put(k.keyId(), k.publicKey()));
    DelegatedRole role =
        DelegatedRole.allPaths(RoleName.RELEASES, List.copyOf(releaseKeys.keySet()), 2);
    targets =
        new Targets(
            1,
            NOW.plus(Duration.ofDays(1095)),
            Map.of("latest", FileMetas.of(new byte[] {1})),
            new Delegations(releaseKeys, List.of(role)));
    releases =
        new Targets(
            1,
            NOW.plus(Duration.ofDays(1095)),
            Map.of("v1", FileMetas.of(new byte[] {2})),
            Delegations.EMPTY);
  }

  static SigningKey rootKey(Instant at) {
    KeyPair kp = KeyPairs.ecdsaP256();
    return new SigningKey(
        TufKeys.ofCertificate(RootCertificates.generate(GUN, kp, at)), kp.getPrivate());
  }

  static SigningKey plain(KeyPair kp) {
    return new SigningKey(TufKeys.ofPublicKey(kp.getPublic()), kp.getPrivate());
  }

  /**
   * Signs everything and recomputes snapshot and timestamp; snapshot/timestamp version and expiry
   * given.
   */
  RepositoryFixture build(
      int snapshotVersion,
      Instant snapshotExpires,
      int timestampVersion,
      Instant timestampExpires) {
    if (!unchanged.contains(RoleName.ROOT)) {
      files.put(RoleName.ROOT, sign(root, keys.get(RoleName.ROOT)));
    }
    if (!unchanged.contains(RoleName.TARGETS)) {
      files.put(RoleName.TARGETS, sign(targets, keys.get(RoleName.TARGETS)));
    }
    if (!unchanged.contains(RoleName.RELEASES)) {
      files.put(
          RoleName.RELEASES,
          sign(releases, keys.get(RoleName.RELEASES).subList(0, releasesSigners)));
    }
    Map<RoleName, FileMeta> meta = new TreeMap<>();
    for (RoleName r : List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.RELEASES)) {
      meta.put(r, FileMetas.of(files.get(r)));
    }
    files.put(
        RoleName.SNAPSHOT,
        sign(new Snapshot(snapshotVersion, snapshotExpires, meta), keys.get(RoleName.SNAPSHOT)));
    files.put(
        RoleName.TIMESTAMP,
        sign(
            new Timestamp(
                timestampVersion,
                timestampExpires,
                Map.of(RoleName.SNAPSHOT, FileMetas.of(files.get(RoleName.SNAPSHOT)))),
            keys.get(RoleName.TIMESTAMP)));
    return this;
  }

  RepositoryFixture build() {
    return build(1, NOW.plus(Duration.ofDays(1095)), 1, NOW.plus(Duration.ofDays(14)));
  }

  static byte[] sign(Signed signed, List<SigningKey> signers) {
    byte[] canonical = MetadataCodec.canonicalSigned(signed);
    List<Signature> sigs = new ArrayList<>();
    signers.forEach(k -> sigs.add(Signatures.sign(k, canonical)));
    return MetadataCodec.seal(signed, canonical, sigs).fileBytes().toArray();
  }

  MetadataSource source() {
    return (role, listed) -> Optional.ofNullable(files.get(role)).map(byte[]::clone);
  }

  TrustedRepository verify() {
    return new RepositoryVerifier(CLOCK).verify(GUN, source(), Optional.empty(), Map.of());
  }

  private Map<KeyId, Key> rootKeys() {
    Map<KeyId, Key> out = new TreeMap<>();
    keys.forEach(
        (role, list) -> {
          if (!role.isDelegation()) {
            list.forEach(k -> out.put(KeyIds.of(k.publicKey()), k.publicKey()));
          }
        });
    return out;
  }

  private Map<RoleName, Role> rootRoles() {
    Map<RoleName, Role> out = new TreeMap<>();
    for (RoleName r :
        List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.SNAPSHOT, RoleName.TIMESTAMP)) {
      out.put(r, new Role(keys.get(r).stream().map(SigningKey::keyId).toList(), 1));
    }
    return out;
  }
}
