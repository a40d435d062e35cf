package dev.trustportal.notary.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Signed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses metadata files into records and seals records into files. */
public final class MetadataCodec {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private MetadataCodec() {}

  /** Parses a file and checks that its payload has the expected type. */
  public static <T extends Signed> Metadata<T> parse(RoleName role, byte[] file, Class<T> type) {
    JsonNode root = readTree(role, file);
    JsonNode signed = root.get("signed");
    JsonNode signatures = root.get("signatures");
    if (signed == null || !signed.isObject() || signatures == null || !signatures.isArray()) {
      throw new MalformedMetadataException(
          role, "expected an object with signed and signatures", null);
    }
    // Verify over the re-canonicalised received object, never over our own re-encoding (facts §4).
    // Taken
    // before the payload is read, as reading empties the tree.
    Bytes fileBytes = Bytes.of(file);
    Bytes canonical;
    try {
      canonical = canonical(signed, file, fileBytes);
    } catch (IllegalArgumentException e) {
      throw new MalformedMetadataException(role, e.getMessage(), e);
    }
    Signed payload;
    try {
      payload = SignedReader.read(signed);
    } catch (RuntimeException e) {
      throw new MalformedMetadataException(role, e.getMessage(), e);
    }
    if (!type.isInstance(payload)) {
      throw new MalformedMetadataException(
          role, "expected " + type.getSimpleName() + " but got " + payload.type(), null);
    }
    return new Metadata<>(
        type.cast(payload), readSignatures(role, signatures), canonical, fileBytes);
  }

  private static final byte[] SIGNED_FIRST = "{\"signed\":".getBytes(StandardCharsets.US_ASCII);

  /*
   * Files written by notary's client and by the bridge start {"signed":<canonical bytes>,…, so the canonical
   * form is usually a slice of the file: checked byte for byte against the encoding, and then shared instead of
   * held twice (a file of 100,000 targets is about 20 MB).
   */
  private static Bytes canonical(JsonNode signed, byte[] file, Bytes fileBytes) {
    if (java.util.Arrays.equals(
        file,
        0,
        Math.min(file.length, SIGNED_FIRST.length),
        SIGNED_FIRST,
        0,
        SIGNED_FIRST.length)) {
      int length = CanonicalJson.matchedLength(signed, file, SIGNED_FIRST.length);
      if (length > 0) {
        return fileBytes.slice(SIGNED_FIRST.length, length);
      }
    }
    return Bytes.of(CanonicalJson.encode(signed));
  }

  /** The canonical bytes our records encode to: what the bridge signs. */
  public static byte[] canonicalSigned(Signed signed) {
    return CanonicalJson.encode(SignedWriter.write(signed));
  }

  /** Builds the file {@code {"signed":<canonical>,"signatures":<canonical>}} (facts §13 step 4). */
  public static <T extends Signed> Metadata<T> seal(
      T signed, byte[] canonical, List<Signature> signatures) {
    ArrayNode sigs = MAPPER.createArrayNode();
    for (Signature s : signatures) {
      sigs.addObject()
          .put("keyid", s.keyId().value())
          .put("method", s.method())
          .put("sig", s.sig());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(canonical.length + 200);
    out.writeBytes("{\"signed\":".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(canonical);
    out.writeBytes(",\"signatures\":".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(CanonicalJson.encode(sigs));
    out.write('}');
    return new Metadata<>(signed, signatures, Bytes.of(canonical), Bytes.of(out.toByteArray()));
  }

  /** Parses any JSON document (used for server key replies and error bodies). */
  public static JsonNode readTree(RoleName role, byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new MalformedMetadataException(role, "not a JSON object", null);
      }
      return node;
    } catch (IOException e) {
      throw new MalformedMetadataException(role, "invalid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The canonical JSON of a key object, {@code private:null} included: what a key ID hashes (facts
   * §6).
   */
  public static byte[] canonicalKey(dev.trustportal.notary.tuf.Key key) {
    return CanonicalJson.encode(SignedWriter.key(key));
  }

  /**
   * Reads a key object such as the server's {@code .key} reply (which is not canonical; facts §2).
   */
  public static dev.trustportal.notary.tuf.Key parseKey(RoleName role, byte[] json) {
    try {
      return SignedReader.key(readTree(role, json));
    } catch (IllegalArgumentException e) {
      throw new MalformedMetadataException(role, "bad key: " + e.getMessage(), e);
    }
  }

  static ObjectNode objectNode() {
    return MAPPER.createObjectNode();
  }

  private static List<Signature> readSignatures(RoleName role, JsonNode array) {
    try {
      return SignedReader.signatures(array);
    } catch (RuntimeException e) {
      throw new MalformedMetadataException(role, "bad signature entry: " + e.getMessage(), e);
    }
  }
}
