package dev.trustportal.notary.tuf;

import java.util.Map;
import java.util.Optional;

/**
 * Length and digests of a file (a target, or a metadata file listed in snapshot/timestamp). {@code
 * custom} keeps the canonical JSON text of notary's optional {@code custom} field, or is empty.
 */
public record FileMeta(long length, Map<String, Bytes> hashes, Optional<String> custom) {
  public FileMeta {
    hashes = Map.copyOf(hashes);
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative");
    }
  }

  public static FileMeta of(long length, Map<String, Bytes> hashes) {
    return new FileMeta(length, hashes, Optional.empty());
  }

  public Optional<Bytes> hash(String algorithm) {
    return Optional.ofNullable(hashes.get(algorithm));
  }
}
