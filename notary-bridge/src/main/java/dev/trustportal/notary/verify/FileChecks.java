package dev.trustportal.notary.verify;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;
import java.util.Map;

/**
 * Checks a file's exact bytes against the length and digests its parent lists. sha256 is required,
 * as notary-server requires it (facts §7); sha512 is checked when listed. Runs before parsing, so a
 * tampered file is never parsed.
 */
final class FileChecks {
  private FileChecks() {}

  static void check(RoleName role, FileMeta listed, byte[] file) {
    if (listed.length() != file.length) {
      throw new LengthMismatchException(role, listed.length(), file.length);
    }
    Bytes sha256 =
        listed
            .hash(Wire.HASH_SHA256)
            .orElseThrow(
                () -> new MissingMetadataException(role, role, "sha256 checksum information"));
    compare(role, Wire.HASH_SHA256, sha256, KeyIds.sha256(file));
    for (Map.Entry<String, Bytes> e : listed.hashes().entrySet()) {
      if (e.getKey().equals(Wire.HASH_SHA512)) {
        compare(role, Wire.HASH_SHA512, e.getValue(), KeyIds.sha512(file));
      }
    }
  }

  private static void compare(RoleName role, String algorithm, Bytes expected, byte[] actual) {
    if (!expected.equals(Bytes.of(actual))) {
      throw new HashMismatchException(role, algorithm, expected);
    }
  }
}
