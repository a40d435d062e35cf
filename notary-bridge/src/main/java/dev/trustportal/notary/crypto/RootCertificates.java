package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Gun;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed root certificates in the profile of {@code notary init} (facts §6; notary
 * cryptoservice {@code GenerateCertificate}): subject = issuer = CN=GUN, 3650 days from now,
 * KeyUsage critical digitalSignature+keyEncipherment, EKU codeSigning, BasicConstraints critical
 * CA:false, random 128-bit serial.
 */
public final class RootCertificates {
  public static final Duration VALIDITY = Duration.ofDays(3650);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RootCertificates() {}

  public static X509Certificate generate(Gun gun, KeyPair keys, Instant now) {
    X500Name name = subject(gun);
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(128, RANDOM),
            Date.from(now),
            Date.from(now.plus(VALIDITY)),
            name,
            keys.getPublic());
    try {
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      b.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      String alg =
          "EC".equals(keys.getPrivate().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(keys.getPrivate())));
    } catch (CertIOException
        | OperatorCreationException
        | java.security.cert.CertificateException e) {
      throw new KeyFormatException("cannot create root certificate for " + gun, e);
    }
  }

  /**
   * When the first certificate among {@code rootKeys} stops being valid: notary's client drops a
   * root key whose certificate expired (trustpinning {@code validRootLeafCerts}), so a root is
   * worth no more than that, whatever its own expiry says. Empty when no key is a certificate.
   */
  public static java.util.Optional<Instant> validUntil(
      java.util.Collection<dev.trustportal.notary.tuf.Key> rootKeys) {
    return rootKeys.stream()
        .filter(key -> dev.trustportal.notary.tuf.Wire.isX509(key.keyType()))
        .map(key -> TufKeys.certificate(key).getNotAfter().toInstant())
        .min(Instant::compareTo);
  }

  /**
   * CN=GUN, built without {@code X500NameBuilder}: Bouncy Castle's style refuses a common name over
   * RFC 5280's ub-common-name of 64 characters, but notary (Go's crypto/x509) writes any GUN there
   * and checks CN == GUN, so a GUN such as {@code
   * registry.example.com/infra/nginx-reverse-proxy-with-modsecurity-xyz} must fit. UTF8String, as
   * Bouncy Castle encodes a common name.
   */
  static X500Name subject(Gun gun) {
    return new X500Name(new RDN[] {new RDN(BCStyle.CN, new DERUTF8String(gun.value()))});
  }

  /**
   * The common name of a certificate's subject, which notary requires to equal the GUN for root
   * keys.
   */
  public static String commonName(X509Certificate cert) {
    X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
    var rdns = subject.getRDNs(BCStyle.CN);
    return rdns.length == 0 ? "" : rdns[0].getFirst().getValue().toString();
  }
}
