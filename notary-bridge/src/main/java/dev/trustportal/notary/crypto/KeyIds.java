package dev.trustportal.notary.crypto;

import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Wire;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Key IDs exactly as notary computes them (tuf/data/keys.go {@code ID()} and {@code
 * utils.CanonicalKeyID}).
 */
public final class KeyIds {
  private KeyIds() {}

  /** The ID under which a key appears in metadata: SHA-256 of its canonical key object. */
  public static KeyId of(Key key) {
    return new KeyId(HexFormat.of().formatHex(sha256(MetadataCodec.canonicalKey(key))));
  }

  /**
   * The canonical ID: for an x509 key, the ID of the same key in plain form with the SPKI taken
   * from the certificate. notary names private key files by it and {@code key list} prints it
   * (facts §6).
   */
  public static KeyId canonical(Key key) {
    return Wire.isX509(key.keyType()) ? of(TufKeys.plainForm(key)) : of(key);
  }

  public static byte[] sha256(byte[] data) {
    return digest("SHA-256", data);
  }

  public static byte[] sha512(byte[] data) {
    return digest("SHA-512", data);
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
