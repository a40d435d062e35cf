package dev.trustportal.notary.internal;

import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.RepositoryVerifier;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the verifier from notary-server the way the CLI fetches (facts §2): the current root and
 * timestamp by name, everything a parent lists by the SHA-256 it lists, so what is fetched is what
 * was vouched for.
 *
 * <p>The current timestamp is asked for by name, whatever the root says, so its download starts
 * with the root's and the two round trips overlap. Only the downloads do: the verifier still takes
 * the root first (and any newer root it chains to) and checks the timestamp against it.
 */
public final class ServerMetadataSource implements RepositoryVerifier.VersionedSource {
  /** Daemon threads that only wait for a download; idle ones end after a minute. */
  private static final ExecutorService PREFETCH =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "notary-bridge-prefetch");
            t.setDaemon(true);
            return t;
          });

  private final NotaryServer server;
  private final Gun gun;
  private final Optional<VerifiedFiles> cache;
  private CompletableFuture<Optional<byte[]>> timestamp;

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
      if (role.equals(RoleName.ROOT) && timestamp == null) {
        timestamp =
            CompletableFuture.supplyAsync(() -> server.metadata(gun, RoleName.TIMESTAMP), PREFETCH);
      } else if (role.equals(RoleName.TIMESTAMP) && timestamp != null) {
        CompletableFuture<Optional<byte[]>> started = timestamp;
        timestamp = CompletableFuture.completedFuture(null); // a second request downloads anew
        Optional<byte[]> prefetched = joined(started);
        if (prefetched != null) {
          return prefetched;
        }
      }
      return server.metadata(gun, role);
    }
    Optional<byte[]> kept = cache.flatMap(c -> c.get(gun, role, sha256.get()));
    return kept.isPresent() ? kept : server.metadataByHash(gun, role, sha256.get());
  }

  /** The download's outcome, its own exception rethrown as it was. */
  private static Optional<byte[]> joined(CompletableFuture<Optional<byte[]>> download) {
    try {
      return download.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public Optional<byte[]> fetchVersion(RoleName role, int version) {
    return server.metadataByVersion(gun, role, version);
  }
}
