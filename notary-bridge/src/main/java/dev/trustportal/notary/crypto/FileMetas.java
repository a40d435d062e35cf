package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Wire;
import java.util.Map;

/**
 * Length plus sha256 and sha512 of some bytes, as the CLI writes for targets and snapshot entries.
 */
public final class FileMetas {
  private FileMetas() {}

  public static FileMeta of(byte[] content) {
    return FileMeta.of(
        content.length,
        Map.of(
            Wire.HASH_SHA256,
            Bytes.of(KeyIds.sha256(content)),
            Wire.HASH_SHA512,
            Bytes.of(KeyIds.sha512(content))));
  }
}
