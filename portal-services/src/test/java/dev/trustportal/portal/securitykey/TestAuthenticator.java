package dev.trustportal.portal.securitykey;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A FIDO2 authenticator for tests, made of JCA keys and bytes assembled by hand (webauthn4j-test
 * does not resolve here): an EC P-256 credential key, an attestation certificate issued by a
 * "YubiKey" intermediate under a test root, and the JSON a browser's {@code
 * PublicKeyCredential.toJSON()} gives.
 */
final class TestAuthenticator {

  static final String ORIGIN = "https://portal.example";
  static final String RP_ID = "portal.example";

  /** "YubiKey 5 Series with NFC": an AAGUID on the default allow-list. */
  static final UUID YUBIKEY_5_NFC = UUID.fromString("2fc0579f-8113-47ea-b116-bb5a8db9202a");

  private static final byte UP = 0x01;
  private static final byte UV = 0x04;
  private static final byte BE = 0x08;
  private static final byte AT = 0x40;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A root and a "YubiKey" intermediate that signs attestation certificates. */
  record Pki(
      X509Certificate root,
      KeyPair rootKey,
      X509Certificate intermediate,
      KeyPair intermediateKey) {
    static Pki generate(String name) {
      KeyPair rootKey = ecKey();
      X509Certificate root =
          certificate("CN=" + name + " Root", rootKey, "CN=" + name + " Root", rootKey, true, null);
      KeyPair intermediateKey = ecKey();
      X509Certificate intermediate =
          certificate(
              "CN=" + name + " Attestation CA",
              intermediateKey,
              "CN=" + name + " Root",
              rootKey,
              true,
              null);
      return new Pki(root, rootKey, intermediate, intermediateKey);
    }
  }

  /** How the next registration's attestation is made. */
  enum Attestation {
    PACKED_CHAIN,
    SELF,
    NONE
  }

  private final UUID aaguid;
  private final KeyPair credentialKey = ecKey();
  private final byte[] credentialId = random(32);
  private final Pki pki;
  private boolean backupEligible;
  private int counter;
  private String origin = ORIGIN;

  TestAuthenticator(UUID aaguid, Pki pki) {
    this.aaguid = aaguid;
    this.pki = pki;
  }

  TestAuthenticator backupEligible() {
    backupEligible = true;
    return this;
  }

  TestAuthenticator counter(int value) {
    counter = value;
    return this;
  }

  TestAuthenticator origin(String value) {
    origin = value;
    return this;
  }

  String credentialId() {
    return b64(credentialId);
  }

  /**
   * {@code PublicKeyCredential.toJSON()} of {@code navigator.credentials.create} answering the
   * challenge.
   */
  String register(byte[] challenge, Attestation attestation) {
    byte[] clientData = clientData("webauthn.create", challenge);
    byte[] authData = authenticatorData(true);
    byte[] signed = concat(authData, sha256(clientData));
    Map<Object, Object> statement = new LinkedHashMap<>();
    String format = "packed";
    switch (attestation) {
      case NONE -> format = "none";
      case SELF -> {
        statement.put("alg", -7);
        statement.put("sig", sign(credentialKey.getPrivate(), signed));
      }
      case PACKED_CHAIN -> {
        KeyPair attestationKey = ecKey();
        X509Certificate leaf =
            certificate(
                "C=SE,O=Test Yubico,OU=Authenticator Attestation,CN=Test YubiKey",
                attestationKey,
                pki.intermediate().getSubjectX500Principal().getName(),
                pki.intermediateKey(),
                false,
                aaguid);
        statement.put("alg", -7);
        statement.put("sig", sign(attestationKey.getPrivate(), signed));
        statement.put("x5c", List.of(der(leaf), der(pki.intermediate())));
      }
    }
    Map<Object, Object> object = new LinkedHashMap<>();
    object.put("fmt", format);
    object.put("attStmt", statement);
    object.put("authData", authData);
    return "{\"id\":\""
        + b64(credentialId)
        + "\",\"rawId\":\""
        + b64(credentialId)
        + "\",\"type\":\"public-key\","
        + "\"authenticatorAttachment\":\"cross-platform\",\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"attestationObject\":\""
        + b64(Cbor.encode(object))
        + "\",\"transports\":[\"usb\"]},"
        + "\"clientExtensionResults\":{}}";
  }

  /**
   * {@code PublicKeyCredential.toJSON()} of {@code navigator.credentials.get} answering the
   * challenge.
   */
  String assert_(byte[] challenge) {
    byte[] clientData = clientData("webauthn.get", challenge);
    byte[] authData = authenticatorData(false);
    byte[] signature = sign(credentialKey.getPrivate(), concat(authData, sha256(clientData)));
    return "{\"id\":\""
        + b64(credentialId)
        + "\",\"rawId\":\""
        + b64(credentialId)
        + "\",\"type\":\"public-key\","
        + "\"authenticatorAttachment\":\"cross-platform\",\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"authenticatorData\":\""
        + b64(authData)
        + "\",\"signature\":\""
        + b64(signature)
        + "\"},\"clientExtensionResults\":{}}";
  }

  private byte[] clientData(String type, byte[] challenge) {
    return ("{\"type\":\""
            + type
            + "\",\"challenge\":\""
            + b64(challenge)
            + "\",\"origin\":\""
            + origin
            + "\",\"crossOrigin\":false}")
        .getBytes(StandardCharsets.UTF_8);
  }

  // WebAuthn §6.1: rpIdHash | flags | signCount | attestedCredentialData (at registration).
  private byte[] authenticatorData(boolean withCredential) {
    counter++;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sha256(RP_ID.getBytes(StandardCharsets.UTF_8)));
    out.write(UP | UV | (backupEligible ? BE : 0) | (withCredential ? AT : 0));
    out.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
    if (withCredential) {
      out.writeBytes(
          ByteBuffer.allocate(16)
              .putLong(aaguid.getMostSignificantBits())
              .putLong(aaguid.getLeastSignificantBits())
              .array());
      out.write(credentialId.length >> 8);
      out.write(credentialId.length & 0xff);
      out.writeBytes(credentialId);
      out.writeBytes(coseKey((ECPublicKey) credentialKey.getPublic()));
    }
    return out.toByteArray();
  }

  private static byte[] coseKey(ECPublicKey key) {
    Map<Object, Object> cose = new LinkedHashMap<>();
    cose.put(1, 2);
    cose.put(3, -7);
    cose.put(-1, 1);
    cose.put(-2, fixed(key.getW().getAffineX()));
    cose.put(-3, fixed(key.getW().getAffineY()));
    return Cbor.encode(cose);
  }

  private static byte[] fixed(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, out, 32 - length, length);
    return out;
  }

  static KeyPair ecKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static X509Certificate certificate(
      String subject,
      KeyPair subjectKey,
      String issuer,
      KeyPair issuerKey,
      boolean ca,
      UUID aaguid) {
    try {
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              new X500Name(issuer),
              BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE),
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(3650, ChronoUnit.DAYS)),
              new X500Name(subject),
              subjectKey.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      if (ca) {
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      }
      if (aaguid != null) {
        byte[] bytes =
            ByteBuffer.allocate(16)
                .putLong(aaguid.getMostSignificantBits())
                .putLong(aaguid.getLeastSignificantBits())
                .array();
        builder.addExtension(
            new ASN1ObjectIdentifier("1.3.6.1.4.1.45724.1.1.4"), false, new DEROctetString(bytes));
      }
      var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate());
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
