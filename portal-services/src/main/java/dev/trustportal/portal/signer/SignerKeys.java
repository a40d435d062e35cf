package dev.trustportal.portal.signer;

import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Wire;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Turns a signer key as pasted (PEM) into the key object notary puts in a delegation, the way
 * {@code notary delegation add} does (notary utils.ParsePEMPublicKey, facts §6): a {@code
 * CERTIFICATE} becomes {@code ecdsa-x509}/{@code rsa-x509} with the certificate's PEM as public
 * value, a {@code PUBLIC KEY} becomes {@code ecdsa}/{@code rsa} with its DER SubjectPublicKeyInfo
 * unchanged, so the key ID is the one the CLI computes. Refuses what notary refuses
 * (utils.ValidateCertificate: validity dates, SHA-1 signatures, RSA below 2048 bits; only P-256 for
 * ECDSA; no Ed25519 PEM) and anything that is not exactly one public PEM block. Pure: the time is a
 * parameter.
 */
public final class SignerKeys {

  private static final String PUBLIC_KEY = "PUBLIC KEY";
  private static final String CERTIFICATE = "CERTIFICATE";
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([^-\\r\\n]*)-----");
  private static final int MIN_RSA_BITS = 2048;
  private static final Set<ASN1ObjectIdentifier> SHA1_SIGNATURES =
      Set.of(
          PKCSObjectIdentifiers.sha1WithRSAEncryption,
          X9ObjectIdentifiers.ecdsa_with_SHA1,
          X9ObjectIdentifiers.id_dsa_with_sha1);

  private SignerKeys() {}

  /**
   * The delegation key of the input, checked at {@code now}.
   *
   * @throws InvalidSignerKeyException saying what is wrong and what is expected
   */
  public static Key parse(SignerKeyInput input, Instant now) {
    boolean hasKey = input != null && input.publicKey() != null && !input.publicKey().isBlank();
    boolean hasCertificate =
        input != null && input.certificate() != null && !input.certificate().isBlank();
    if (hasKey && hasCertificate) {
      throw InvalidSignerKeyException.bothGiven();
    }
    if (input == null || input.publicKey() == null && input.certificate() == null) {
      throw InvalidSignerKeyException.noneGiven();
    }
    boolean certificate = hasCertificate || input.publicKey() == null;
    String field = certificate ? "certificate" : "publicKey";
    String text = certificate ? input.certificate() : input.publicKey();
    if (text.isBlank()) {
      throw InvalidSignerKeyException.empty(field);
    }
    String type = singleBlockType(text, field);
    String expected = certificate ? CERTIFICATE : PUBLIC_KEY;
    if (!type.equals(expected)) {
      throw InvalidSignerKeyException.wrongType(field, type, expected);
    }
    return certificate
        ? fromCertificate(read(text, type, X509CertificateHolder.class), now)
        : fromPublicKey(read(text, type, SubjectPublicKeyInfo.class));
  }

  /** The type of the one PEM block in the text; a private key is refused whatever else is there. */
  private static String singleBlockType(String text, String field) {
    List<String> types = new ArrayList<>();
    Matcher begin = BEGIN.matcher(text);
    while (begin.find()) {
      types.add(begin.group(1).strip());
    }
    types.stream()
        .filter(t -> t.contains("PRIVATE KEY"))
        .findFirst()
        .ifPresent(
            t -> {
              throw InvalidSignerKeyException.privateKey(t);
            });
    if (types.isEmpty()) {
      throw InvalidSignerKeyException.notPem(field);
    }
    if (types.size() > 1) {
      throw InvalidSignerKeyException.severalBlocks(types.size());
    }
    return types.get(0);
  }

  private static <T> T read(String text, String type, Class<T> expected) {
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      Object parsed = parser.readObject();
      if (!expected.isInstance(parsed)) {
        throw InvalidSignerKeyException.malformed(
            type, "its content is not a " + type.toLowerCase());
      }
      return expected.cast(parsed);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidSignerKeyException refused) {
        throw refused;
      }
      throw InvalidSignerKeyException.malformed(type, describe(e));
    }
  }

  private static Key fromPublicKey(SubjectPublicKeyInfo spki) {
    String keyType = requireAcceptable(spki);
    requireDecodable(spki);
    return new Key(keyType, Base64.getEncoder().encodeToString(der(spki)));
  }

  private static Key fromCertificate(X509CertificateHolder holder, Instant now) {
    Instant from = holder.getNotBefore().toInstant();
    Instant until = holder.getNotAfter().toInstant();
    if (now.isBefore(from)) {
      throw InvalidSignerKeyException.notYetValid(from, until);
    }
    if (now.isAfter(until)) {
      throw InvalidSignerKeyException.expired(from, until);
    }
    if (SHA1_SIGNATURES.contains(holder.getSignatureAlgorithm().getAlgorithm())) {
      throw InvalidSignerKeyException.sha1Signature();
    }
    requireAcceptable(holder.getSubjectPublicKeyInfo());
    try {
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      return TufKeys.ofCertificate(certificate);
    } catch (CertificateException | RuntimeException e) {
      throw InvalidSignerKeyException.malformed(CERTIFICATE, describe(e));
    }
  }

  /**
   * The plain key type ({@code ecdsa} or {@code rsa}) of an acceptable key; refuses every other.
   */
  private static String requireAcceptable(SubjectPublicKeyInfo spki) {
    ASN1ObjectIdentifier algorithm = spki.getAlgorithm().getAlgorithm();
    if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
      requireStrongRsa(spki);
      return Wire.KEY_RSA;
    }
    if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      requireP256(spki);
      return Wire.KEY_ECDSA;
    }
    if (algorithm.equals(EdECObjectIdentifiers.id_Ed25519)) {
      throw InvalidSignerKeyException.ed25519();
    }
    throw InvalidSignerKeyException.unsupportedAlgorithm(algorithmName(algorithm));
  }

  private static void requireStrongRsa(SubjectPublicKeyInfo spki) {
    BigInteger modulus;
    try {
      modulus = RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus();
    } catch (IOException | RuntimeException e) {
      throw InvalidSignerKeyException.malformed(PUBLIC_KEY, describe(e));
    }
    if (modulus.bitLength() < MIN_RSA_BITS) {
      throw InvalidSignerKeyException.rsaTooShort(modulus.bitLength());
    }
  }

  private static void requireP256(SubjectPublicKeyInfo spki) {
    ASN1Primitive parameters =
        spki.getAlgorithm().getParameters() == null
            ? null
            : spki.getAlgorithm().getParameters().toASN1Primitive();
    if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
      throw InvalidSignerKeyException.unsupportedCurve("with explicit or no parameters");
    }
    if (!curve.equals(SECObjectIdentifiers.secp256r1)) {
      String name = ECNamedCurveTable.getName(curve);
      throw InvalidSignerKeyException.unsupportedCurve(name == null ? curve.getId() : name);
    }
  }

  private static void requireDecodable(SubjectPublicKeyInfo spki) {
    try {
      new JcaPEMKeyConverter().getPublicKey(spki);
    } catch (IOException | RuntimeException e) {
      throw InvalidSignerKeyException.malformed(PUBLIC_KEY, describe(e));
    }
  }

  private static byte[] der(SubjectPublicKeyInfo spki) {
    try {
      return spki.getEncoded("DER");
    } catch (IOException e) {
      throw InvalidSignerKeyException.malformed(PUBLIC_KEY, describe(e));
    }
  }

  private static String algorithmName(ASN1ObjectIdentifier algorithm) {
    if (algorithm.equals(EdECObjectIdentifiers.id_Ed448)) {
      return "Ed448";
    }
    if (algorithm.equals(X9ObjectIdentifiers.id_dsa)) {
      return "DSA";
    }
    if (algorithm.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
      return "RSASSA-PSS";
    }
    return "with algorithm OID " + algorithm.getId();
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
