package dev.trustportal.notary.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * notary's private key files (facts §8; notary tuf/utils/pkcs8.go): PEM {@code ENCRYPTED PRIVATE
 * KEY} holding a PKCS#8 EncryptedPrivateKeyInfo with PBES2 = PBKDF2 (8-byte salt, 2048 iterations,
 * no PRF field, i.e. HMAC-SHA1) and AES-256-CBC. notary 0.7 decrypts only that form, so we write
 * exactly it; reading also accepts hmacWithSHA256 and AES-128/192 for keys made by other tools.
 */
public final class EncryptedPem {
  /** A decrypted key with the PEM headers it carried ({@code role}, {@code gun}, {@code path}). */
  public record Decrypted(PrivateKey privateKey, Map<String, String> headers) {}

  public static final String PEM_TYPE = "ENCRYPTED PRIVATE KEY";
  private static final int ITERATIONS = 2048;

  /**
   * Bounds on what an uploaded key file may ask of us, checked before any derivation: the PBKDF2
   * count comes from the file, and one request with a count in the billions would pin a core for
   * hours. notary writes 2048 iterations, an 8-byte salt and one key of a few hundred bytes; these
   * allow other tools' files (OpenSSL, python-cryptography) with room to spare.
   */
  static final int MAX_ITERATIONS = 100_000;

  static final int MAX_SALT_BYTES = 64;
  static final int MAX_ENCRYPTED_BYTES = 16 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private EncryptedPem() {}

  public static String encrypt(PrivateKey key, char[] passphrase, Map<String, String> headers) {
    byte[] salt = random(8);
    byte[] iv = random(16);
    try {
      byte[] cipherText =
          cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, "PBKDF2WithHmacSHA1", 32, iv)
              .doFinal(key.getEncoded());
      // BC omits the PRF when it is the default hmacWithSHA1 and writes no keyLength: notary's
      // parser needs that.
      KeyDerivationFunc kdf =
          new KeyDerivationFunc(
              PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, ITERATIONS));
      EncryptionScheme scheme =
          new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv));
      AlgorithmIdentifier alg =
          new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, scheme));
      return Pem.encode(
          PEM_TYPE, headers, new EncryptedPrivateKeyInfo(alg, cipherText).getEncoded("DER"));
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyFormatException("cannot encrypt private key", e);
    }
  }

  /**
   * Reads an encrypted block, or a plain {@code PRIVATE KEY} / {@code EC PRIVATE KEY} one
   * (passphrase unused).
   *
   * @throws WrongPassphraseException if the passphrase does not decrypt it to a private key
   * @throws KeyFormatException if the block is no private key, or not in a supported form
   */
  public static Decrypted decrypt(String pem, char[] passphrase) {
    Pem.Block block = Pem.decodeFirst(pem);
    if (!PEM_TYPE.equals(block.type())) {
      return new Decrypted(PrivateKeys.parsePlainPem(pem), block.headers());
    }
    try {
      EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(block.der());
      return new Decrypted(
          decrypt(info, pbes2Of(info.getEncryptionAlgorithm()), passphrase), block.headers());
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      // Bouncy Castle reports bad ASN.1 with these unchecked exceptions.
      throw new KeyFormatException("malformed " + PEM_TYPE + " block: " + e.getMessage(), e);
    }
  }

  private static PBES2Parameters pbes2Of(AlgorithmIdentifier alg) {
    if (!PKCSObjectIdentifiers.id_PBES2.equals(alg.getAlgorithm())) {
      throw new KeyFormatException(
          "only PBES2 encrypted keys are supported, got " + alg.getAlgorithm());
    }
    return PBES2Parameters.getInstance(alg.getParameters());
  }

  private static PrivateKey decrypt(
      EncryptedPrivateKeyInfo info, PBES2Parameters params, char[] passphrase) {
    PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
    requireBoundedWork(kdf, info.getEncryptedData().length);
    ASN1ObjectIdentifier scheme = params.getEncryptionScheme().getAlgorithm();
    byte[] iv =
        ASN1OctetString.getInstance(params.getEncryptionScheme().getParameters()).getOctets();
    byte[] plain;
    try {
      Cipher c =
          cipher(
              Cipher.DECRYPT_MODE,
              passphrase,
              kdf.getSalt(),
              kdf.getIterationCount().intValue(),
              prfAlgorithm(kdf),
              aesKeyLength(scheme),
              iv);
      plain = c.doFinal(info.getEncryptedData());
    } catch (BadPaddingException e) {
      throw new WrongPassphraseException(e);
    } catch (GeneralSecurityException e) {
      throw new KeyFormatException("cannot decrypt private key", e);
    }
    try {
      return PrivateKeys.fromPkcs8(plain);
    } catch (KeyFormatException e) {
      // A wrong passphrase still yields valid CBC padding about once in 256 tries; what it decrypts
      // to is then
      // no PKCS#8 key. notary reports that case as a wrong passphrase too.
      throw new WrongPassphraseException(e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * @throws KeyFormatException if the file asks for more work than any notary key file does
   */
  static void requireBoundedWork(PBKDF2Params kdf, int encryptedBytes) {
    java.math.BigInteger iterations = kdf.getIterationCount();
    if (iterations.signum() <= 0
        || iterations.compareTo(java.math.BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
      throw new KeyFormatException(
          "the file asks for "
              + iterations
              + " PBKDF2 iterations; notary writes "
              + ITERATIONS
              + " and at most "
              + MAX_ITERATIONS
              + " are accepted");
    }
    if (kdf.getSalt().length > MAX_SALT_BYTES) {
      throw new KeyFormatException(
          "its PBKDF2 salt has "
              + kdf.getSalt().length
              + " bytes; notary writes 8 and at"
              + " most "
              + MAX_SALT_BYTES
              + " are accepted");
    }
    if (encryptedBytes > MAX_ENCRYPTED_BYTES) {
      throw new KeyFormatException(
          "its encrypted key has "
              + encryptedBytes
              + " bytes; a private key notary uses"
              + " has at most "
              + MAX_ENCRYPTED_BYTES);
    }
  }

  private static Cipher cipher(
      int mode, char[] pass, byte[] salt, int iterations, String prf, int keyLen, byte[] iv)
      throws GeneralSecurityException {
    byte[] key =
        SecretKeyFactory.getInstance(prf)
            .generateSecret(new PBEKeySpec(pass, salt, iterations, keyLen * 8))
            .getEncoded();
    Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
    c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    return c;
  }

  private static String prfAlgorithm(PBKDF2Params kdf) {
    ASN1ObjectIdentifier prf = kdf.getPrf().getAlgorithm();
    if (PKCSObjectIdentifiers.id_hmacWithSHA1.equals(prf)) {
      return "PBKDF2WithHmacSHA1";
    }
    if (PKCSObjectIdentifiers.id_hmacWithSHA256.equals(prf)) {
      return "PBKDF2WithHmacSHA256";
    }
    throw new KeyFormatException("unsupported PBKDF2 PRF " + prf);
  }

  private static int aesKeyLength(ASN1ObjectIdentifier scheme) {
    if (NISTObjectIdentifiers.id_aes256_CBC.equals(scheme)) {
      return 32;
    }
    if (NISTObjectIdentifiers.id_aes192_CBC.equals(scheme)) {
      return 24;
    }
    if (NISTObjectIdentifiers.id_aes128_CBC.equals(scheme)) {
      return 16;
    }
    throw new KeyFormatException("unsupported encryption scheme " + scheme);
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
