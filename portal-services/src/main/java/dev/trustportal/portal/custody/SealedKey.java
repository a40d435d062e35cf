package dev.trustportal.portal.custody;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A private key encrypted under a key-encryption key: which KEK ({@code kekId}), the sealing {@code
 * algorithm}, the 12-byte random {@code nonce} and the ciphertext with the GCM tag appended. Arrays
 * are copied in and out, so the value cannot be changed after construction.
 */
public record SealedKey(String kekId, String algorithm, byte[] nonce, byte[] ciphertext) {

  public static final String AES_256_GCM = "AES-256-GCM";
  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  public SealedKey {
    Objects.requireNonNull(kekId, "kekId");
    Objects.requireNonNull(algorithm, "algorithm");
    if (nonce == null || nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("the nonce must be " + NONCE_LENGTH + " bytes");
    }
    if (ciphertext == null || ciphertext.length <= TAG_LENGTH) {
      throw new IllegalArgumentException("the ciphertext must be longer than the GCM tag");
    }
    nonce = nonce.clone();
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedKey s
        && kekId.equals(s.kekId)
        && algorithm.equals(s.algorithm)
        && Arrays.equals(nonce, s.nonce)
        && Arrays.equals(ciphertext, s.ciphertext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kekId, algorithm, Arrays.hashCode(nonce), Arrays.hashCode(ciphertext));
  }

  @Override
  public String toString() {
    // Ciphertext is not secret, but nothing gains from printing it; the nonce identifies the value.
    return "SealedKey["
        + kekId
        + ", "
        + algorithm
        + ", nonce "
        + HexFormat.of().formatHex(nonce)
        + "]";
  }
}
