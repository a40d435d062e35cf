package dev.trustportal.portal.custody;

import java.util.Arrays;
import java.util.Objects;

/**
 * A root private key wrapped for one custodian: the ephemeral X25519 public key of the wrap, the
 * 12-byte AES-GCM nonce and the ciphertext with its tag. Nothing here is secret; only the
 * custodian's PRF output opens it.
 */
public record WrappedRootKey(byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertext) {

  public WrappedRootKey {
    if (ephemeralPublicKey == null || ephemeralPublicKey.length != CustodianPublicKey.LENGTH) {
      throw new IllegalArgumentException(
          "the ephemeral key must be " + CustodianPublicKey.LENGTH + " bytes");
    }
    if (nonce == null || nonce.length != SealedKey.NONCE_LENGTH) {
      throw new IllegalArgumentException("the nonce must be " + SealedKey.NONCE_LENGTH + " bytes");
    }
    if (ciphertext == null || ciphertext.length <= SealedKey.TAG_LENGTH) {
      throw new IllegalArgumentException("the ciphertext must be longer than the GCM tag");
    }
    ephemeralPublicKey = ephemeralPublicKey.clone();
    nonce = nonce.clone();
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ephemeralPublicKey() {
    return ephemeralPublicKey.clone();
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
    return o instanceof WrappedRootKey w
        && Arrays.equals(ephemeralPublicKey, w.ephemeralPublicKey)
        && Arrays.equals(nonce, w.nonce)
        && Arrays.equals(ciphertext, w.ciphertext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(ephemeralPublicKey), Arrays.hashCode(nonce), Arrays.hashCode(ciphertext));
  }

  @Override
  public String toString() {
    return "WrappedRootKey[" + ciphertext.length + " bytes]";
  }
}
