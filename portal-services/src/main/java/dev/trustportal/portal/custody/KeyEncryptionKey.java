package dev.trustportal.portal.custody;

/**
 * An AES-256 key-encryption key that stays in its keystore: callers hand it data to encrypt or
 * decrypt with AES-GCM and never see the key. Implementations use the keystore's own provider, so
 * on a PKCS#11 token the operation runs inside the token and the key is not extractable.
 */
public interface KeyEncryptionKey {

  /** Names the key, e.g. {@code pkcs12:portal-kek}; stored with every sealed key. */
  String id();

  /**
   * AES-GCM encryption with a 128-bit tag; returns ciphertext followed by the tag.
   *
   * @throws KeystoreUnavailableException if the keystore cannot perform the operation
   */
  byte[] encrypt(byte[] nonce, byte[] associatedData, byte[] plaintext);

  /**
   * AES-GCM decryption; returns the plaintext.
   *
   * @throws javax.crypto.AEADBadTagException wrapped in nothing: callers translate it, because only
   *     they know what the data was
   */
  byte[] decrypt(byte[] nonce, byte[] associatedData, byte[] ciphertext)
      throws javax.crypto.AEADBadTagException;
}
