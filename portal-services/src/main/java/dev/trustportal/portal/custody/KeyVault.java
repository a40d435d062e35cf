package dev.trustportal.portal.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Seals private keys (PKCS#8 DER) under the key-encryption key and opens them again. Every seal
 * draws a fresh random 96-bit nonce (NIST SP 800-38D §8.2.2: random nonces keep the reuse
 * probability negligible far beyond the number of keys a portal holds) and binds the {@link KeyRef}
 * as additional authenticated data, so a sealed key moved to another repository, role or key ID
 * fails to open.
 */
@ApplicationScoped
public class KeyVault {

  private final KeyEncryptionKey kek;
  private final SecureRandom random;

  @Inject
  public KeyVault(KeyEncryptionKey kek) {
    this.kek = Objects.requireNonNull(kek);
    this.random = new SecureRandom();
  }

  protected KeyVault() {
    // for the CDI client proxy
    this.kek = null;
    this.random = null;
  }

  /** Seals the key; the caller still owns {@code pkcs8PrivateKey} and should zero it. */
  public SealedKey seal(KeyRef ref, byte[] pkcs8PrivateKey) {
    byte[] nonce = new byte[SealedKey.NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] ciphertext = kek.encrypt(nonce, ref.associatedData(), pkcs8PrivateKey);
    return new SealedKey(kek.id(), SealedKey.AES_256_GCM, nonce, ciphertext);
  }

  /**
   * Opens the key sealed for {@code ref}; the caller owns the returned array and should zero it
   * with {@link #wipe} as soon as the key object is built.
   *
   * @throws SealedKeyMismatchException if the sealed key was altered or belongs to another ref
   * @throws UnknownKeyEncryptionKeyException if it was sealed under another key-encryption key
   */
  public byte[] unseal(KeyRef ref, SealedKey sealed) {
    if (!kek.id().equals(sealed.kekId())) {
      throw new UnknownKeyEncryptionKeyException(ref, sealed.kekId(), kek.id());
    }
    if (!SealedKey.AES_256_GCM.equals(sealed.algorithm())) {
      throw new SealedKeyMismatchException(
          ref,
          sealed.kekId(),
          new IllegalArgumentException("unknown sealing algorithm " + sealed.algorithm()));
    }
    try {
      return kek.decrypt(sealed.nonce(), ref.associatedData(), sealed.ciphertext());
    } catch (AEADBadTagException e) {
      throw new SealedKeyMismatchException(ref, sealed.kekId(), e);
    }
  }

  /** The id of the key-encryption key new seals use. */
  public String kekId() {
    return kek.id();
  }

  /** Overwrites key material that is no longer needed. */
  public static void wipe(byte[] secret) {
    if (secret != null) {
      Arrays.fill(secret, (byte) 0);
    }
  }
}
