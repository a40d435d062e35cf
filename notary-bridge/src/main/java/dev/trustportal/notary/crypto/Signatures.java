package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Wire;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;

/**
 * Signing and verifying in notary's three methods (facts §5, tuf/signed/verifiers.go): {@code
 * ecdsa} is SHA-256 with the raw 64-byte r||s (IEEE P1363; DER is refused by the server), {@code
 * rsapss} is PSS SHA-256 with MGF1 SHA-256 and a 32-byte salt, {@code eddsa} is Ed25519.
 */
public final class Signatures {
  private static final PSSParameterSpec PSS =
      new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

  /*
   * ECDSA through BouncyCastle: its P-256 arithmetic verifies two to three times faster than the JDK 17 provider,
   * and every fetch verifies and every publish signs. Used as an instance, never registered, so it changes
   * nothing for the rest of the JVM (Payara included).
   */
  private static final java.security.Provider BC =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private static final VerifiedSignatures VERIFIED = new VerifiedSignatures();

  private Signatures() {}

  public static Signature sign(SigningKey key, byte[] message) {
    String method = methodFor(key.publicKey().keyType());
    try {
      java.security.Signature s = engine(method);
      s.initSign(key.privateKey());
      s.update(message);
      return new Signature(key.keyId(), method, Base64.getEncoder().encodeToString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new KeyFormatException(
          "cannot sign with key " + key.keyId() + ": " + e.getMessage(), e);
    }
  }

  /**
   * True when {@code signature} is a valid signature by {@code key} over {@code message} in the
   * key's method.
   */
  public static boolean verify(Key key, Signature signature, byte[] message) {
    return verify(key, signature, dev.trustportal.notary.tuf.Bytes.of(message));
  }

  /** As {@link #verify(Key, Signature, byte[])}, without copying a large message. */
  public static boolean verify(
      Key key, Signature signature, dev.trustportal.notary.tuf.Bytes message) {
    if (!methodFor(key.keyType()).equals(signature.method())) {
      return false;
    }
    try {
      if (signature.method().equals(Wire.METHOD_ECDSA)) {
        return verifyEcdsa(key, signature, message);
      }
      PublicKey pub = TufKeys.publicKey(key);
      java.security.Signature s = engine(signature.method());
      s.initVerify(pub);
      message.updateSignature(s);
      return s.verify(Base64.getDecoder().decode(signature.sig()));
    } catch (GeneralSecurityException | IllegalArgumentException | KeyFormatException e) {
      return false;
    }
  }

  /*
   * The JDK's SHA-256 (hardware-assisted) over the message, which may be megabytes of targets, then
   * BouncyCastle's P-256 arithmetic over the digest: BouncyCastle's own SHA-256 is pure Java and several times
   * slower on a large message, the JDK 17 provider's curve arithmetic two to three times slower than its.
   * The signature is r||s, each as long as the curve order (IEEE P1363).
   */
  private static boolean verifyEcdsa(
      Key key, Signature signature, dev.trustportal.notary.tuf.Bytes message)
      throws GeneralSecurityException {
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    message.updateDigest(sha256);
    byte[] digest = sha256.digest();
    if (VERIFIED.contains(key, signature, digest)) {
      return true;
    }
    boolean valid =
        verifyEcdsaDigest(
            TufKeys.publicKey(key), digest, Base64.getDecoder().decode(signature.sig()));
    if (valid) {
      VERIFIED.add(key, signature, digest);
    }
    return valid;
  }

  private static boolean verifyEcdsaDigest(PublicKey pub, byte[] digest, byte[] sig)
      throws GeneralSecurityException {
    org.bouncycastle.crypto.params.ECPublicKeyParameters params =
        (org.bouncycastle.crypto.params.ECPublicKeyParameters)
            org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil.generatePublicKeyParameter(pub);
    int n = (params.getParameters().getN().bitLength() + 7) / 8;
    if (sig.length != 2 * n) {
      return false;
    }
    org.bouncycastle.crypto.signers.ECDSASigner verifier =
        new org.bouncycastle.crypto.signers.ECDSASigner();
    verifier.init(false, params);
    return verifier.verifySignature(
        digest,
        new java.math.BigInteger(1, java.util.Arrays.copyOfRange(sig, 0, n)),
        new java.math.BigInteger(1, java.util.Arrays.copyOfRange(sig, n, 2 * n)));
  }

  public static String methodFor(String keyType) {
    return switch (keyType) {
      case Wire.KEY_ECDSA, Wire.KEY_ECDSA_X509 -> Wire.METHOD_ECDSA;
      case Wire.KEY_RSA, Wire.KEY_RSA_X509 -> Wire.METHOD_RSAPSS;
      case Wire.KEY_ED25519 -> Wire.METHOD_EDDSA;
      default -> throw new KeyFormatException("no signature method for key type " + keyType);
    };
  }

  private static java.security.Signature engine(String method) throws GeneralSecurityException {
    return switch (method) {
      // PLAIN-ECDSA is the raw r||s of IEEE P1363, as notary writes it.
      case Wire.METHOD_ECDSA -> java.security.Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
      case Wire.METHOD_EDDSA -> java.security.Signature.getInstance("Ed25519");
      case Wire.METHOD_RSAPSS -> {
        java.security.Signature s = java.security.Signature.getInstance("RSASSA-PSS");
        s.setParameter(PSS);
        yield s;
      }
      default -> throw new GeneralSecurityException("unsupported signature method " + method);
    };
  }
}
