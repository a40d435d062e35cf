package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;

/** A tag as the client sees it: name, digests and length, and the role that signed it. */
public record SignedTarget(String name, FileMeta file, RoleName role) {
  /** The hex SHA-256 that {@code notary list} and docker show as the digest. */
  public String sha256Hex() {
    return file.hash(Wire.HASH_SHA256).map(h -> h.hex()).orElse("");
  }
}
