package dev.trustportal.portal.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.json.CanonicalJson;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.SignerName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical payload of a change request and its digest. The payload names the GUN and
 * everything the change does, encoded as notary's canonical JSON (sorted keys, no whitespace), so
 * that the same request always gives the same bytes and its SHA-256 digest identifies exactly what
 * an approver approves. Keys are written as in TUF metadata ({@code keytype}, {@code public}) with
 * their key ID.
 */
public final class ChangePayloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangePayloads() {}

  /**
   * The payload as canonical JSON text (ASCII unless a GUN has other characters, which it cannot).
   */
  public static String canonical(Gun gun, TrustChange change) {
    return new String(CanonicalJson.encode(node(gun, change)), StandardCharsets.UTF_8);
  }

  /** The lowercase hex SHA-256 of the canonical payload's UTF-8 bytes. */
  public static String digest(String canonicalPayload) {
    return HexFormat.of()
        .formatHex(KeyIds.sha256(canonicalPayload.getBytes(StandardCharsets.UTF_8)));
  }

  /** The change a stored payload describes. */
  public static TrustChange parse(String payload) {
    JsonNode node = read(payload);
    ChangeType type = ChangeType.valueOf(node.path("type").asText());
    return switch (type) {
      case ADD_SIGNER -> new TrustChange.AddSigner(signer(node), keys(node.path("keys")));
      case REMOVE_SIGNER -> new TrustChange.RemoveSigner(signer(node));
      case ADD_SIGNER_KEY -> new TrustChange.AddSignerKey(signer(node), key(node.path("key")));
      case REMOVE_SIGNER_KEY ->
          new TrustChange.RemoveSignerKey(signer(node), new KeyId(node.path("keyId").asText()));
      case SET_THRESHOLD ->
          new TrustChange.SetThreshold(
              new RoleName(node.path("role").asText()), node.path("threshold").asInt());
      case INITIALISE_REPOSITORY -> new TrustChange.InitialiseRepository();
      case RESIGN ->
          new TrustChange.Resign(
              new RoleName(node.path("role").asText()),
              java.time.Instant.parse(node.path("expires").asText()));
    };
  }

  static ObjectNode node(Gun gun, TrustChange change) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", change.type().name());
    node.put("gun", gun.value());
    if (change instanceof TrustChange.AddSigner c) {
      node.put("signer", c.name().value());
      ArrayNode keys = node.putArray("keys");
      c.keys().forEach(k -> keys.add(keyNode(k)));
    } else if (change instanceof TrustChange.RemoveSigner c) {
      node.put("signer", c.name().value());
    } else if (change instanceof TrustChange.AddSignerKey c) {
      node.put("signer", c.signer().value());
      node.set("key", keyNode(c.key()));
    } else if (change instanceof TrustChange.RemoveSignerKey c) {
      node.put("signer", c.signer().value());
      node.put("keyId", c.keyId().value());
    } else if (change instanceof TrustChange.SetThreshold c) {
      node.put("role", c.role().value());
      node.put("threshold", c.threshold());
    } else if (change instanceof TrustChange.Resign c) {
      node.put("role", c.role().value());
      node.put("expires", c.expires().toString());
    }
    return node;
  }

  private static ObjectNode keyNode(Key key) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", KeyIds.of(key).value());
    node.put("keytype", key.keyType());
    node.put("public", key.publicValue());
    return node;
  }

  private static SignerName signer(JsonNode node) {
    return new SignerName(node.path("signer").asText());
  }

  private static List<Key> keys(JsonNode array) {
    List<Key> keys = new ArrayList<>();
    array.forEach(k -> keys.add(key(k)));
    return keys;
  }

  private static Key key(JsonNode node) {
    return new Key(node.path("keytype").asText(), node.path("public").asText());
  }

  private static JsonNode read(String payload) {
    try {
      return JSON.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException("stored change payload is not JSON", e);
    }
  }
}
