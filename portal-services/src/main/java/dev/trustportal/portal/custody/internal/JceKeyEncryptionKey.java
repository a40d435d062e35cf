package dev.trustportal.portal.custody.internal;

import dev.trustportal.portal.custody.KeyEncryptionKey;
import dev.trustportal.portal.custody.KeystoreUnavailableException;
import dev.trustportal.portal.custody.SealedKey;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a key object from a keystore, run by that keystore's provider. For PKCS#11 the key
 * is a handle and the token does the work, so the key bytes are never in this JVM.
 */
final class JceKeyEncryptionKey implements KeyEncryptionKey {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final String id;
  private final String keystore;
  private final SecretKey key;
  private final Provider provider;

  JceKeyEncryptionKey(String id, String keystore, SecretKey key, Provider provider) {
    this.id = Objects.requireNonNull(id);
    this.keystore = Objects.requireNonNull(keystore);
    this.key = Objects.requireNonNull(key);
    this.provider = Objects.requireNonNull(provider);
  }

  @Override
  public String id() {
    return id;
  }

  /** The key object, for tests that check the token keeps it unextractable. */
  SecretKey key() {
    return key;
  }

  @Override
  public byte[] encrypt(byte[] nonce, byte[] associatedData, byte[] plaintext) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, nonce, associatedData).doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new KeystoreUnavailableException(keystore, "cannot encrypt with " + id, e);
    }
  }

  @Override
  public byte[] decrypt(byte[] nonce, byte[] associatedData, byte[] ciphertext)
      throws AEADBadTagException {
    try {
      return cipher(Cipher.DECRYPT_MODE, nonce, associatedData).doFinal(ciphertext);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new KeystoreUnavailableException(keystore, "cannot decrypt with " + id, e);
    }
  }

  // A new Cipher per call: Cipher objects are not thread-safe, and GCM forbids reusing one with the
  // same nonce anyway.
  private Cipher cipher(int mode, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION, provider);
    cipher.init(mode, key, new GCMParameterSpec(SealedKey.TAG_LENGTH * 8, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}
