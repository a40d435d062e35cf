package dev.trustportal.notary.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Plain private keys: PKCS#8 parsing, PEM as openssl writes it, and deriving the public half. */
public final class PrivateKeys {
  private PrivateKeys() {}

  public static PrivateKey fromPkcs8(byte[] der) {
    for (String alg : new String[] {"EC", "RSA", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new KeyFormatException("unknown private key format");
  }

  /** {@code PRIVATE KEY}, {@code EC PRIVATE KEY} or {@code RSA PRIVATE KEY} PEM, unencrypted. */
  public static PrivateKey parsePlainPem(String pem) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object o = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair pair) {
        return converter.getPrivateKey(pair.getPrivateKeyInfo());
      }
      if (o instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new KeyFormatException("not an unencrypted private key PEM");
    } catch (IOException e) {
      throw new KeyFormatException("malformed private key PEM", e);
    }
  }

  /**
   * The public key belonging to a private key (EC: Q = d·G on P-256; RSA: modulus and exponent;
   * Ed25519).
   */
  public static PublicKey publicKeyOf(PrivateKey key) {
    try {
      if (key instanceof ECPrivateKey ec) {
        var spec = ECNamedCurveTable.getParameterSpec("P-256");
        ECMultiplier m = new FixedPointCombMultiplier();
        var q = m.multiply(spec.getG(), ec.getS()).normalize();
        ECPoint point =
            new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC")
            .generatePublic(new ECPublicKeySpec(point, ec.getParams()));
      }
      if (key instanceof RSAPrivateCrtKey rsa) {
        return KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      }
      if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
        byte[] seed =
            org.bouncycastle.asn1.ASN1OctetString.getInstance(
                    PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey())
                .getOctets();
        byte[] raw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        return TufKeys.publicKey(
            new dev.trustportal.notary.tuf.Key(
                "ed25519", java.util.Base64.getEncoder().encodeToString(raw)));
      }
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyFormatException("cannot derive public key", e);
    }
    throw new KeyFormatException("unsupported private key algorithm " + key.getAlgorithm());
  }
}
