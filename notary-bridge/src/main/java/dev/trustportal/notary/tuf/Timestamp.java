package dev.trustportal.notary.tuf;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** timestamp.json: always signed by the server; its meta lists only snapshot. */
public record Timestamp(int version, Instant expires, Map<RoleName, FileMeta> meta)
    implements Signed {
  public Timestamp {
    meta = Map.copyOf(meta);
  }

  @Override
  public String type() {
    return Wire.TYPE_TIMESTAMP;
  }

  public Optional<FileMeta> snapshotMeta() {
    return Optional.ofNullable(meta.get(RoleName.SNAPSHOT));
  }
}
