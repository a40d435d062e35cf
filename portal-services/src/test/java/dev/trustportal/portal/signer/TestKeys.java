package dev.trustportal.portal.signer;

import dev.trustportal.notary.crypto.Pem;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and certificates made for a test, in PEM as a person would paste them. */
public final class TestKeys {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static KeyPair p256;

  private TestKeys() {}

  /**
   * One P-256 key pair per test run: generating is cheap, but the same key makes IDs comparable.
   */
  public static synchronized KeyPair p256() {
    if (p256 == null) {
      p256 = ec("secp256r1");
    }
    return p256;
  }

  public static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final java.util.Map<Integer, KeyPair> RSA =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** RSA pairs are slow to make (a second for 2048 bits): one per size and test run. */
  public static KeyPair rsa(int bits) {
    return RSA.computeIfAbsent(bits, b -> generate("RSA", b));
  }

  public static KeyPair ed25519() {
    return generate("Ed25519", 0);
  }

  private static KeyPair generate(String algorithm, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (size > 0) {
        generator.initialize(size);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String publicPem(KeyPair keys) {
    return Pem.encode("PUBLIC KEY", keys.getPublic().getEncoded());
  }

  public static String privatePem(KeyPair keys) {
    return Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded());
  }

  /** A self-signed certificate of the key pair, valid between the two instants. */
  public static String certificatePem(
      KeyPair keys, Instant from, Instant until, String signatureAlgorithm) {
    try {
      X500Name name = new X500Name("CN=signer");
      X509CertificateHolder holder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.valueOf(from.toEpochMilli()),
                  Date.from(from),
                  Date.from(until),
                  name,
                  keys.getPublic())
              .build(
                  new JcaContentSignerBuilder(signatureAlgorithm)
                      .setProvider(BC)
                      .build(keys.getPrivate()));
      return Pem.encode("CERTIFICATE", holder.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String certificatePem(KeyPair keys, Instant from, Instant until) {
    String algorithm =
        keys.getPublic().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    return certificatePem(keys, from, until, algorithm);
  }
}
