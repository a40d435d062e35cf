package dev.trustportal.portal.custody;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Wraps root private keys for custodians so that only a custodian's security key opens them (issue
 * 22).
 *
 * <p>Enrolment: the key's WebAuthn PRF output over a per-key salt is the input keying material of
 * HKDF-SHA256 (RFC 5869) whose 32 bytes are an X25519 private key (RFC 7748); only its public key
 * is kept. Wrapping, as in HPKE's base mode (RFC 9180) without its framing: an ephemeral X25519 key
 * agrees a secret with the custodian's public key, HKDF turns it into an AES-256-GCM key, and the
 * {@link WrapBinding} is the associated data. Unwrapping derives the private key again from the PRF
 * output, so the portal can wrap for an absent custodian, but opens only while that custodian
 * touches their key. Pure: no I/O, no state.
 */
public final class CustodianKeys {

  /** The PRF output of a security key: 32 bytes (WebAuthn L3 §10.1.4, CTAP2 hmac-secret). */
  public static final int PRF_LENGTH = 32;

  public static final int SALT_LENGTH = 32;

  private static final byte[] DERIVE_INFO =
      "trust-portal/custodian-x25519/v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] WRAP_INFO =
      "trust-portal/root-key-wrap/v1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private CustodianKeys() {}

  /** A fresh per-key salt, the PRF input of one custodian key. */
  public static byte[] newSalt() {
    byte[] salt = new byte[SALT_LENGTH];
    RANDOM.nextBytes(salt);
    return salt;
  }

  /** The public key the PRF output over {@code salt} stands for; the output itself is not kept. */
  public static CustodianPublicKey publicKey(byte[] prfOutput, byte[] salt) {
    X25519PrivateKeyParameters privateKey = privateKey(prfOutput, salt);
    return new CustodianPublicKey(privateKey.generatePublicKey().getEncoded());
  }

  /**
   * Wraps {@code pkcs8} (the caller still owns and wipes it) for the custodian, bound to {@code
   * binding}.
   */
  public static WrappedRootKey wrap(
      CustodianPublicKey custodian, WrapBinding binding, byte[] pkcs8) {
    X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(RANDOM);
    byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
    byte[] key =
        wrappingKey(
            ephemeral,
            new X25519PublicKeyParameters(custodian.x25519()),
            ephemeralPublic,
            custodian.x25519());
    byte[] nonce = new byte[SealedKey.NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    try {
      return new WrappedRootKey(
          ephemeralPublic, nonce, cipher(Cipher.ENCRYPT_MODE, key, nonce, binding).doFinal(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Opens a wrapped root key with the custodian's PRF output; the caller owns the returned PKCS#8
   * bytes and wipes them. {@code enrolled} is the public key kept at enrolment: a PRF output that
   * derives another one is refused before any decryption.
   *
   * @throws RootKeyNotOpenedException if the output is not the enrolled key's, or the wrap does not
   *     open
   */
  public static byte[] unwrap(
      byte[] prfOutput,
      byte[] salt,
      CustodianPublicKey enrolled,
      WrapBinding binding,
      WrappedRootKey wrapped) {
    X25519PrivateKeyParameters privateKey = privateKey(prfOutput, salt);
    byte[] derived = privateKey.generatePublicKey().getEncoded();
    if (!MessageDigest.isEqual(derived, enrolled.x25519())) {
      throw new RootKeyNotOpenedException("it is not the PRF output of the enrolled custodian key");
    }
    byte[] key =
        wrappingKey(
            privateKey,
            new X25519PublicKeyParameters(wrapped.ephemeralPublicKey()),
            wrapped.ephemeralPublicKey(),
            derived);
    try {
      return cipher(Cipher.DECRYPT_MODE, key, wrapped.nonce(), binding)
          .doFinal(wrapped.ciphertext());
    } catch (AEADBadTagException e) {
      throw new RootKeyNotOpenedException(
          "the wrapped key was altered or is bound to another custodian," + " key or repository");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static X25519PrivateKeyParameters privateKey(byte[] prfOutput, byte[] salt) {
    if (prfOutput == null || prfOutput.length != PRF_LENGTH) {
      throw new RootKeyNotOpenedException("a PRF output is " + PRF_LENGTH + " bytes");
    }
    byte[] seed = hkdf(prfOutput, salt, DERIVE_INFO);
    try {
      return new X25519PrivateKeyParameters(seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  // The salt of the wrap's HKDF binds both public keys, as HPKE's kem_context does.
  private static byte[] wrappingKey(
      X25519PrivateKeyParameters own,
      X25519PublicKeyParameters peer,
      byte[] ephemeralPublic,
      byte[] custodianPublic) {
    byte[] shared = new byte[X25519PrivateKeyParameters.SECRET_SIZE];
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(own);
    try {
      agreement.calculateAgreement(peer, shared, 0);
    } catch (IllegalStateException lowOrderPoint) {
      // RFC 7748 §6.1: an all-zero secret means a small-order public key; refuse it.
      throw new RootKeyNotOpenedException("the wrap's public key is not a valid X25519 key");
    }
    try {
      byte[] context = new byte[ephemeralPublic.length + custodianPublic.length];
      System.arraycopy(ephemeralPublic, 0, context, 0, ephemeralPublic.length);
      System.arraycopy(custodianPublic, 0, context, ephemeralPublic.length, custodianPublic.length);
      return hkdf(shared, context, WRAP_INFO);
    } finally {
      Arrays.fill(shared, (byte) 0);
    }
  }

  private static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(ikm, salt, info));
    byte[] out = new byte[32];
    hkdf.generateBytes(out, 0, out.length);
    return out;
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, WrapBinding binding)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(SealedKey.TAG_LENGTH * 8, nonce));
    cipher.updateAAD(binding.associatedData());
    return cipher;
  }
}
