package dev.trustportal.notary.tuf;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * snapshot.json: length and hashes of root, targets and every uploaded delegation (no timestamp).
 */
public record Snapshot(int version, Instant expires, Map<RoleName, FileMeta> meta)
    implements Signed {
  public Snapshot {
    meta = Map.copyOf(meta);
  }

  @Override
  public String type() {
    return Wire.TYPE_SNAPSHOT;
  }

  public Optional<FileMeta> meta(RoleName role) {
    return Optional.ofNullable(meta.get(role));
  }
}
