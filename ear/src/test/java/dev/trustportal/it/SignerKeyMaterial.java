package dev.trustportal.it;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signer keys as a person would paste them: PEM public keys, certificates, and (by mistake) private
 * keys.
 */
final class SignerKeyMaterial {

  private SignerKeyMaterial() {}

  static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair p256() {
    return ec("secp256r1");
  }

  static KeyPair generate(String algorithm, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (size > 0) {
        generator.initialize(size);
      }
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String publicPem(KeyPair keys) {
    return pem("PUBLIC KEY", keys.getPublic().getEncoded());
  }

  static String privatePem(KeyPair keys) {
    return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
  }

  /** A self-signed ECDSA certificate valid from {@code now + from} to {@code now + until}. */
  static String certificatePem(KeyPair keys, Duration from, Duration until) {
    Instant now = Instant.now();
    try {
      X500Name name = new X500Name("CN=signer");
      var holder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.valueOf(System.nanoTime()),
                  Date.from(now.plus(from)),
                  Date.from(now.plus(until)),
                  name,
                  keys.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
      return pem("CERTIFICATE", holder.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key ID notary gives a plain public key: SHA-256 of its canonical key object (facts §6). */
  static String keyId(KeyPair keys) {
    String canonical =
        "{\"keytype\":\"ecdsa\",\"keyval\":{\"private\":null,\"public\":\""
            + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())
            + "\"}}";
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
