package dev.trustportal.notary.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import dev.trustportal.notary.tuf.Wire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a parsed {@code signed} tree to a payload record; any missing or ill-typed field throws.
 * Reading consumes the tree: each map entry is removed once converted, so that for a file of
 * 100,000 targets the tree (about 1 KB a target) shrinks while the records grow, instead of both
 * being held at their peak.
 */
final class SignedReader {
  private SignedReader() {}

  static Signed read(JsonNode s) {
    String type = text(s, "_type");
    int version = s.path("version").asInt(0);
    Instant expires = Rfc3339.parse(text(s, "expires"));
    return switch (type) {
      case Wire.TYPE_ROOT ->
          new Root(
              version,
              expires,
              s.path("consistent_snapshot").asBoolean(false),
              keys(s.get("keys")),
              map(s.get("roles"), RoleName::new, SignedReader::role));
      case Wire.TYPE_TARGETS ->
          new Targets(
              version,
              expires,
              map(s.get("targets"), n -> n, SignedReader::fileMeta),
              delegations(s.get("delegations")));
      case Wire.TYPE_SNAPSHOT ->
          new Snapshot(version, expires, map(s.get("meta"), RoleName::new, SignedReader::fileMeta));
      case Wire.TYPE_TIMESTAMP ->
          new Timestamp(
              version, expires, map(s.get("meta"), RoleName::new, SignedReader::fileMeta));
      default -> throw new IllegalArgumentException("unknown _type " + type);
    };
  }

  static List<Signature> signatures(JsonNode array) {
    List<Signature> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(new Signature(new KeyId(text(n, "keyid")), text(n, "method"), text(n, "sig")));
    }
    return out;
  }

  static Map<KeyId, Key> keys(JsonNode node) {
    return map(node, KeyId::new, SignedReader::key);
  }

  static Key key(JsonNode n) {
    return new Key(text(n, "keytype"), text(require(n, "keyval"), "public"));
  }

  private static Role role(JsonNode n) {
    return new Role(keyIds(n.get("keyids")), n.path("threshold").asInt(0));
  }

  private static Delegations delegations(JsonNode n) {
    if (n == null || n.isNull()) {
      return Delegations.EMPTY;
    }
    List<DelegatedRole> roles = new ArrayList<>();
    for (JsonNode r : n.path("roles")) {
      roles.add(
          new DelegatedRole(
              new RoleName(text(r, "name")),
              keyIds(r.get("keyids")),
              r.path("threshold").asInt(0),
              strings(r.get("paths")),
              strings(r.get("path_hash_prefixes"))));
    }
    return new Delegations(keys(n.get("keys")), roles);
  }

  private static FileMeta fileMeta(JsonNode n) {
    Map<String, Bytes> hashes =
        map(require(n, "hashes"), h -> h, h -> Bytes.fromBase64(h.textValue()));
    JsonNode custom = n.get("custom");
    Optional<String> customText =
        custom == null || custom.isNull()
            ? Optional.empty()
            : Optional.of(
                new String(CanonicalJson.encode(custom), java.nio.charset.StandardCharsets.UTF_8));
    return new FileMeta(require(n, "length").asLong(), hashes, customText);
  }

  private static List<KeyId> keyIds(JsonNode n) {
    return strings(n).stream().map(KeyId::new).toList();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(e -> out.add(e.textValue()));
    }
    return out;
  }

  private static <K, V> Map<K, V> map(
      JsonNode n, Function<String, K> key, Function<JsonNode, V> value) {
    Map<K, V> out =
        n != null && n.size() > 16 ? new HashMap<>(n.size() * 2) : new LinkedHashMap<>();
    if (n != null) {
      for (java.util.Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(key.apply(e.getKey()), value.apply(e.getValue()));
        it.remove();
      }
    }
    return out;
  }

  private static JsonNode require(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field " + field);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = require(n, field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field " + field + " must be a string");
    }
    return v.textValue();
  }
}
