package dev.trustportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

/**
 * A FIDO2 security key for API tests, made of a JCA EC P-256 key and bytes assembled by hand: it
 * registers with packed self attestation (what the test stack's "any authenticator (testing)"
 * policy accepts; the YubiKey-only policy is proven by portal-services' unit tests) and answers
 * approval challenges as {@code PublicKeyCredential.toJSON()} does. Its counter can be wound back
 * to play a clone.
 */
final class TestSecurityKey {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyPair key = generate();
  private final byte[] credentialId = new byte[32];
  // The authenticator's hmac-secret (CTAP2): what its PRF outputs are made of; it never leaves the
  // key.
  private final byte[] prfSecret = new byte[32];
  private final String origin;
  private final UUID aaguid;
  private int counter;

  TestSecurityKey(PortalStack stack) {
    this(stack, new UUID(0, 0));
  }

  /** A key of the model: its AAGUID is what the FIDO metadata describes it by. */
  TestSecurityKey(PortalStack stack, UUID aaguid) {
    RANDOM.nextBytes(credentialId);
    RANDOM.nextBytes(prfSecret);
    this.origin = "http://localhost:" + stack.httpPort();
    this.aaguid = aaguid;
  }

  void windCounterBackTo(int value) {
    counter = value;
  }

  /**
   * A new key registered for the user through the API under the given name (packed attestation).
   */
  static TestSecurityKey enrolled(PortalStack stack, PortalApi user, String name) {
    return enrolled(new TestSecurityKey(stack), user, name);
  }

  /** The key registered for the user through the API under the given name (packed attestation). */
  static TestSecurityKey enrolled(TestSecurityKey key, PortalApi user, String name) {
    PortalApi.Response options = user.post("/api/v1/me/security-keys/registration-options", "");
    if (options.status() != 200) {
      throw new AssertionError("registration options refused: " + options.body());
    }
    String credential = key.register(options.json().get("challenge").asText());
    String body = "{\"name\":" + quoted(name) + ",\"credential\":" + credential + "}";
    PortalApi.Response created = user.post("/api/v1/me/security-keys", body);
    if (created.status() != 201) {
      throw new AssertionError("registration refused: " + created.body());
    }
    return key;
  }

  /**
   * A new key registered for a user who has {@code existing} already: the registration carries a
   * touch of the existing key over the challenge the registration options name for it ({@code
   * existingKey}).
   */
  static TestSecurityKey enrolledBesides(
      TestSecurityKey existing, PortalStack stack, PortalApi user, String name) {
    TestSecurityKey key = new TestSecurityKey(stack);
    PortalApi.Response options = user.post("/api/v1/me/security-keys/registration-options", "");
    if (options.status() != 200) {
      throw new AssertionError("registration options refused: " + options.body());
    }
    String credential = key.register(options.json().get("challenge").asText());
    JsonNode proof = options.json().path("existingKey");
    String touch =
        proof.isObject()
            ? ",\"existingKey\":" + existing.assertion(proof.get("challenge").asText())
            : "";
    PortalApi.Response created =
        user.post(
            "/api/v1/me/security-keys",
            "{\"name\":" + quoted(name) + ",\"credential\":" + credential + touch + "}");
    if (created.status() != 201) {
      throw new AssertionError("registration refused: " + created.body());
    }
    return key;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  String register(String challenge) {
    byte[] clientData = clientData("webauthn.create", challenge);
    byte[] authData = authenticatorData(true);
    byte[] sig = sign(concat(authData, sha256(clientData)));
    ByteArrayOutputStream statement = new ByteArrayOutputStream();
    head(statement, 5, 2);
    text(statement, "alg");
    statement.write(0x26); // -7: ES256
    text(statement, "sig");
    bytes(statement, sig);
    ByteArrayOutputStream object = new ByteArrayOutputStream();
    head(object, 5, 3);
    text(object, "fmt");
    text(object, "packed");
    text(object, "attStmt");
    object.writeBytes(statement.toByteArray());
    text(object, "authData");
    bytes(object, authData);
    return "{\"id\":\""
        + b64(credentialId)
        + "\",\"rawId\":\""
        + b64(credentialId)
        + "\",\"type\":\"public-key\","
        + "\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"attestationObject\":\""
        + b64(object.toByteArray())
        + "\",\"transports\":[\"usb\"]},\"clientExtensionResults\":{}}";
  }

  /**
   * The JSON of {@code navigator.credentials.create} answering base64url challenge with {@code
   * none} attestation, as an authenticator does when the browser asks for none or strips it.
   */
  String registerWithoutAttestation(String challenge) {
    byte[] clientData = clientData("webauthn.create", challenge);
    byte[] authData = authenticatorData(true);
    ByteArrayOutputStream object = new ByteArrayOutputStream();
    head(object, 5, 3);
    text(object, "fmt");
    text(object, "none");
    text(object, "attStmt");
    head(object, 5, 0);
    text(object, "authData");
    bytes(object, authData);
    return "{\"id\":\""
        + b64(credentialId)
        + "\",\"rawId\":\""
        + b64(credentialId)
        + "\",\"type\":\"public-key\","
        + "\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"attestationObject\":\""
        + b64(object.toByteArray())
        + "\",\"transports\":[\"usb\"]},\"clientExtensionResults\":{}}";
  }

  /** The JSON of {@code navigator.credentials.get} answering base64url challenge. */
  String assertion(String challenge) {
    byte[] clientData = clientData("webauthn.get", challenge);
    byte[] authData = authenticatorData(false);
    return "{\"id\":\""
        + b64(credentialId)
        + "\",\"rawId\":\""
        + b64(credentialId)
        + "\",\"type\":\"public-key\","
        + "\"response\":{\"clientDataJSON\":\""
        + b64(clientData)
        + "\",\"authenticatorData\":\""
        + b64(authData)
        + "\",\"signature\":\""
        + b64(sign(concat(authData, sha256(clientData))))
        + "\"},\"clientExtensionResults\":{}}";
  }

  /**
   * The JSON of {@code navigator.credentials.get} with the PRF extension evaluated over {@code
   * saltBase64url}, as a browser returns it: {@code clientExtensionResults.prf.results.first} is
   * HMAC-SHA-256 of the key's secret over SHA-256("WebAuthn PRF" || 0x00 || salt) (WebAuthn L3
   * §10.1.4 over CTAP2 hmac-secret).
   */
  String assertionWithPrf(String challenge, String saltBase64url) {
    String plain = assertion(challenge);
    String result = b64(prf(Base64.getUrlDecoder().decode(saltBase64url)));
    return plain.replace(
        "\"clientExtensionResults\":{}",
        "\"clientExtensionResults\":{\"prf\":{\"results\":{\"first\":\"" + result + "\"}}}");
  }

  /** This key's PRF output over a salt (what the browser computes with it). */
  byte[] prf(byte[] salt) {
    try {
      byte[] label = "WebAuthn PRF".getBytes(StandardCharsets.US_ASCII);
      byte[] input = new byte[label.length + 1 + salt.length];
      System.arraycopy(label, 0, input, 0, label.length);
      System.arraycopy(salt, 0, input, label.length + 1, salt.length);
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(prfSecret, "HmacSHA256"));
      return mac.doFinal(sha256(input));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] clientData(String type, String challenge) {
    return ("{\"type\":\""
            + type
            + "\",\"challenge\":\""
            + challenge
            + "\",\"origin\":\""
            + origin
            + "\",\"crossOrigin\":false}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] authenticatorData(boolean withCredential) {
    counter++;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sha256("localhost".getBytes(StandardCharsets.UTF_8)));
    out.write(0x01 | 0x04 | (withCredential ? 0x40 : 0)); // UP, UV, AT
    out.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
    if (withCredential) {
      out.writeBytes(
          ByteBuffer.allocate(16)
              .putLong(aaguid.getMostSignificantBits())
              .putLong(aaguid.getLeastSignificantBits())
              .array()); // AAGUID: all zeros unless a model is given
      out.write(0);
      out.write(credentialId.length);
      out.writeBytes(credentialId);
      ECPublicKey pub = (ECPublicKey) key.getPublic();
      head(out, 5, 5);
      out.write(0x01);
      out.write(0x02); // kty: EC2
      out.write(0x03);
      out.write(0x26); // alg: ES256
      out.write(0x20);
      out.write(0x01); // crv: P-256
      out.write(0x21);
      bytes(out, fixed(pub.getW().getAffineX()));
      out.write(0x22);
      bytes(out, fixed(pub.getW().getAffineY()));
    }
    return out.toByteArray();
  }

  private static void head(ByteArrayOutputStream out, int major, int length) {
    if (length < 24) {
      out.write(major << 5 | length);
    } else if (length < 256) {
      out.write(major << 5 | 24);
      out.write(length);
    } else {
      out.write(major << 5 | 25);
      out.write(length >> 8);
      out.write(length & 0xff);
    }
  }

  private static void text(ByteArrayOutputStream out, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    head(out, 3, utf8.length);
    out.writeBytes(utf8);
  }

  private static void bytes(ByteArrayOutputStream out, byte[] value) {
    head(out, 2, value.length);
    out.writeBytes(value);
  }

  private static byte[] fixed(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, out, 32 - length, length);
    return out;
  }

  private byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(key.getPrivate());
      signature.update(data);
      return signature.sign();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String b64(byte[] value) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
