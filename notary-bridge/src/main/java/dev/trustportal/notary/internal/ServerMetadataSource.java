package dev.trustportal.notary.internal;

import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.RepositoryVerifier;
import java.util.Optional;

/**
 * Serves the verifier from notary-server the way the CLI fetches (facts §2): the current root and
 * timestamp by name, everything a parent lists by the SHA-256 it lists, so what is fetched is what
 * was vouched for.
 */
public final class ServerMetadataSource implements RepositoryVerifier.VersionedSource {
  private final NotaryServer server;
  private final Gun gun;
  private final Optional<VerifiedFiles> cache;

  public ServerMetadataSource(NotaryServer server, Gun gun) {
    this(server, gun, Optional.empty());
  }

  /** Takes a file listed by hash from {@code cache} when it holds one with that hash. */
  public ServerMetadataSource(NotaryServer server, Gun gun, Optional<VerifiedFiles> cache) {
    this.server = server;
    this.gun = gun;
    this.cache = cache;
  }

  @Override
  public Optional<byte[]> fetch(RoleName role, Optional<FileMeta> listed) {
    Optional<String> sha256 = listed.flatMap(m -> m.hash(Wire.HASH_SHA256)).map(h -> h.hex());
    if (sha256.isEmpty()) {
      return server.metadata(gun, role);
    }
    Optional<byte[]> kept = cache.flatMap(c -> c.get(gun, role, sha256.get()));
    return kept.isPresent() ? kept : server.metadataByHash(gun, role, sha256.get());
  }

  @Override
  public Optional<byte[]> fetchVersion(RoleName role, int version) {
    return server.metadataByVersion(gun, role, version);
  }
}
