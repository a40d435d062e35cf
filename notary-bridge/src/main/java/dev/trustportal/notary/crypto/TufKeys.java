package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Wire;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Conversions between JDK keys and certificates and notary's key objects (facts §6). */
public final class TufKeys {
  // DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it.
  private static final byte[] ED25519_SPKI_PREFIX =
      Bytes.fromHex("302a300506032b6570032100").toArray();

  private TufKeys() {}

  /** The plain form: DER SPKI for ecdsa and rsa, the raw 32 bytes for ed25519. */
  public static Key ofPublicKey(PublicKey key) {
    byte[] spki = key.getEncoded();
    String b64 = Base64.getEncoder().encodeToString(spki);
    if (key instanceof ECPublicKey ec) {
      requireP256(ec);
      return new Key(Wire.KEY_ECDSA, b64);
    }
    if (key instanceof RSAPublicKey rsa) {
      requireStrongRsa(rsa);
      return new Key(Wire.KEY_RSA, b64);
    }
    if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
      byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
      return new Key(Wire.KEY_ED25519, Base64.getEncoder().encodeToString(raw));
    }
    throw new KeyFormatException("unsupported public key algorithm " + key.getAlgorithm());
  }

  /**
   * The x509 form: base64 of the certificate's PEM text with its trailing newline, as notary's
   * CertToPEM.
   */
  public static Key ofCertificate(X509Certificate cert) {
    PublicKey pub = cert.getPublicKey();
    String type =
        switch (ofPublicKey(pub).keyType()) {
          case Wire.KEY_ECDSA -> Wire.KEY_ECDSA_X509;
          case Wire.KEY_RSA -> Wire.KEY_RSA_X509;
          default -> throw new KeyFormatException("certificates must hold ECDSA or RSA keys");
        };
    byte[] pem = Pem.encode("CERTIFICATE", der(cert)).getBytes(StandardCharsets.US_ASCII);
    return new Key(type, Base64.getEncoder().encodeToString(pem));
  }

  /** For an x509 key, the plain key with the certificate's SPKI; otherwise the key itself. */
  public static Key plainForm(Key key) {
    if (!Wire.isX509(key.keyType())) {
      return key;
    }
    return ofPublicKey(certificate(key).getPublicKey());
  }

  public static PublicKey publicKey(Key key) {
    try {
      return switch (key.keyType()) {
        case Wire.KEY_ECDSA -> KeyFactory.getInstance("EC").generatePublic(spki(key));
        case Wire.KEY_RSA -> KeyFactory.getInstance("RSA").generatePublic(spki(key));
        case Wire.KEY_ED25519 ->
            KeyFactory.getInstance("Ed25519")
                .generatePublic(
                    new X509EncodedKeySpec(
                        concat(ED25519_SPKI_PREFIX, key.publicBytes().toArray())));
        default -> certificate(key).getPublicKey();
      };
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KeyFormatException("unusable " + key.keyType() + " public key", e);
    }
  }

  public static X509Certificate certificate(Key key) {
    if (!Wire.isX509(key.keyType())) {
      throw new KeyFormatException("key of type " + key.keyType() + " has no certificate");
    }
    return parseCertificate(key.publicBytes().toArray());
  }

  /**
   * A public key from PEM: a CERTIFICATE becomes the x509 form, a PUBLIC KEY the plain form (as the
   * CLI does).
   */
  public static Key fromPublicPem(String pem) {
    Pem.Block block = Pem.decodeFirst(pem);
    return switch (block.type()) {
      case "CERTIFICATE" ->
          ofCertificate(parseCertificate(pem.getBytes(StandardCharsets.US_ASCII)));
      case "PUBLIC KEY" -> ofPublicKey(publicFromSpki(block.der()));
      default ->
          throw new KeyFormatException("unknown public key format: PEM type " + block.type());
    };
  }

  public static X509Certificate parseCertificate(byte[] pemOrDer) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(pemOrDer));
    } catch (CertificateException e) {
      throw new KeyFormatException("malformed certificate", e);
    }
  }

  static PublicKey publicFromSpki(byte[] der) {
    for (String alg : new String[] {"EC", "RSA", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new KeyFormatException("unknown public key format");
  }

  private static X509EncodedKeySpec spki(Key key) {
    return new X509EncodedKeySpec(key.publicBytes().toArray());
  }

  private static byte[] der(X509Certificate cert) {
    try {
      return cert.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new KeyFormatException("certificate cannot be encoded", e);
    }
  }

  private static void requireP256(ECPublicKey ec) {
    if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
      throw new KeyFormatException("ECDSA keys must be on P-256");
    }
  }

  private static void requireStrongRsa(RSAPublicKey rsa) {
    if (rsa.getModulus().bitLength() < 2048) {
      throw new KeyFormatException(
          "RSA keys must have at least 2048 bits, got " + rsa.getModulus().bitLength());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
