package dev.trustportal.notary.internal;

import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.TrustedRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Role files this bridge verified or uploaded, by the SHA-256 of their exact bytes, so that a fetch
 * by hash (snapshot, targets, delegations: what a signed parent lists) needs no round trip when the
 * file did not change, as the notary CLI skips cached files whose hashes match (facts §2). A hit is
 * only ever a file whose bytes hash to what the parent lists now, and the verifier checks its
 * length, hashes, signatures, version and expiry again as if it came from the server, so a cached
 * file is trusted exactly as much as a fetched one. Bounded: at most {@link #MAX_BYTES} in all,
 * least recently used first out; a file larger than {@link #MAX_FILE} is not kept.
 */
public final class VerifiedFiles {
  static final long MAX_BYTES = 16L * 1024 * 1024;
  static final int MAX_FILE = 2 * 1024 * 1024;

  private record Key(Gun gun, RoleName role, String sha256) {}

  private final Map<Key, byte[]> files = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /** The file whose SHA-256 is {@code sha256Hex}, if kept. */
  public synchronized Optional<byte[]> get(Gun gun, RoleName role, String sha256Hex) {
    byte[] file = files.get(new Key(gun, role, sha256Hex));
    return file == null ? Optional.empty() : Optional.of(file.clone());
  }

  /**
   * Keeps the files a verification fetched by hash: snapshot (listed by timestamp), targets and
   * delegations (listed by snapshot). Their hashes were checked against those lists.
   */
  public void verified(TrustedRepository trust) {
    keep(
        trust.gun(),
        RoleName.SNAPSHOT,
        trust.timestamp().signed().snapshotMeta(),
        trust.snapshot());
    keep(
        trust.gun(),
        RoleName.TARGETS,
        trust.snapshot().signed().meta(RoleName.TARGETS),
        trust.targets());
    trust
        .delegations()
        .forEach((role, md) -> keep(trust.gun(), role, trust.snapshot().signed().meta(role), md));
  }

  /**
   * Keeps files this bridge uploaded and notary-server accepted; their hashes are computed here.
   */
  public void uploaded(Gun gun, Map<RoleName, Bytes> uploaded) {
    uploaded.forEach(
        (role, file) -> {
          if (!role.equals(RoleName.ROOT)
              && !role.equals(RoleName.TIMESTAMP)
              && file.length() <= MAX_FILE) {
            byte[] content = file.toArray();
            put(
                gun,
                role,
                FileMetas.of(content).hash(Wire.HASH_SHA256).orElseThrow().hex(),
                content);
          }
        });
  }

  /** Forgets every file of the GUN (its trust data was deleted). */
  public synchronized void forget(Gun gun) {
    files
        .entrySet()
        .removeIf(
            e -> {
              if (e.getKey().gun().equals(gun)) {
                bytes -= e.getValue().length;
                return true;
              }
              return false;
            });
  }

  private void keep(Gun gun, RoleName role, Optional<FileMeta> listed, Metadata<?> md) {
    Optional<String> sha256 = listed.flatMap(m -> m.hash(Wire.HASH_SHA256)).map(Bytes::hex);
    if (md != null && sha256.isPresent() && md.fileBytes().length() <= MAX_FILE) {
      put(gun, role, sha256.get(), md.fileBytes().toArray());
    }
  }

  private synchronized void put(Gun gun, RoleName role, String sha256, byte[] content) {
    byte[] old = files.put(new Key(gun, role, sha256), content);
    bytes += content.length - (old == null ? 0 : old.length);
    var eldest = files.entrySet().iterator();
    while (bytes > MAX_BYTES && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }
}
