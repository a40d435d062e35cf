package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import java.util.Map;
import java.util.Optional;

/**
 * What one publish uploaded: the version of each role file, how many attempts it took (1 or 2), and
 * the files themselves, so that the caller can pin the root it published without fetching it back.
 */
public record PublishResult(
    Gun gun, Map<RoleName, Integer> versions, int attempts, Map<RoleName, Bytes> uploaded) {
  public PublishResult {
    versions = Map.copyOf(versions);
    uploaded = Map.copyOf(uploaded);
  }

  public PublishResult(Gun gun, Map<RoleName, Integer> versions, int attempts) {
    this(gun, versions, attempts, Map.of());
  }

  /** What an initialisation uploaded: root and targets, version 1 each, in one attempt. */
  static PublishResult ofInitialisation(Gun gun, Map<RoleName, Metadata<?>> files) {
    Map<RoleName, Integer> versions = new java.util.TreeMap<>();
    Map<RoleName, Bytes> uploaded = new java.util.LinkedHashMap<>();
    files.forEach(
        (role, md) -> {
          versions.put(role, md.signed().version());
          uploaded.put(role, md.fileBytes());
        });
    return new PublishResult(gun, versions, 1, uploaded);
  }

  /** The file of the role as uploaded, if this publish uploaded one. */
  public Optional<Bytes> file(RoleName role) {
    return Optional.ofNullable(uploaded.get(role));
  }
}
