package dev.trustportal.notary.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Maps payload records to JSON trees in the field layout of notary's Go structs (tuf/data). */
final class SignedWriter {
  private SignedWriter() {}

  static ObjectNode write(Signed signed) {
    ObjectNode n = MetadataCodec.objectNode();
    n.put("_type", signed.type());
    n.put("expires", Rfc3339.format(signed.expires()));
    n.put("version", signed.version());
    // Java 17 has no pattern switch; the sealed Signed has exactly these four.
    if (signed instanceof Root r) {
      root(r, n);
    } else if (signed instanceof Targets t) {
      targets(t, n);
    } else if (signed instanceof Snapshot s) {
      meta(s.meta(), n.putObject("meta"));
    } else if (signed instanceof Timestamp t) {
      meta(t.meta(), n.putObject("meta"));
    }
    return n;
  }

  static ObjectNode key(Key key) {
    ObjectNode n = MetadataCodec.objectNode();
    n.put("keytype", key.keyType());
    ObjectNode val = n.putObject("keyval");
    val.putNull("private");
    val.put("public", key.publicValue());
    return n;
  }

  private static void root(Root r, ObjectNode n) {
    n.put("consistent_snapshot", r.consistentSnapshot());
    keys(r.keys(), n.putObject("keys"));
    ObjectNode roles = n.putObject("roles");
    for (Map.Entry<RoleName, Role> e : r.roles().entrySet()) {
      ObjectNode role = roles.putObject(e.getKey().value());
      keyIds(e.getValue().keyIds(), role.putArray("keyids"));
      role.put("threshold", e.getValue().threshold());
    }
  }

  // notary always writes "delegations" and "targets", empty when unused (facts §13 step 3).
  private static void targets(Targets t, ObjectNode n) {
    Delegations d = t.delegations();
    ObjectNode del = n.putObject("delegations");
    keys(d.keys(), del.putObject("keys"));
    ArrayNode roles = del.putArray("roles");
    for (DelegatedRole r : d.roles()) {
      ObjectNode role = roles.addObject();
      keyIds(r.keyIds(), role.putArray("keyids"));
      role.put("name", r.name().value());
      strings(r.paths(), role, "paths");
      strings(r.pathHashPrefixes(), role, "path_hash_prefixes");
      role.put("threshold", r.threshold());
    }
    ObjectNode targets = n.putObject("targets");
    t.targets().forEach((name, meta) -> fileMeta(meta, targets.putObject(name)));
  }

  private static void meta(Map<RoleName, FileMeta> meta, ObjectNode n) {
    meta.forEach((role, m) -> fileMeta(m, n.putObject(role.value())));
  }

  private static void fileMeta(FileMeta m, ObjectNode n) {
    m.custom().ifPresent(c -> n.set("custom", parseCustom(c)));
    ObjectNode hashes = n.putObject("hashes");
    m.hashes().forEach((alg, digest) -> hashes.put(alg, digest.base64()));
    n.put("length", m.length());
  }

  private static com.fasterxml.jackson.databind.JsonNode parseCustom(String json) {
    try {
      return MetadataCodec.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keys(Map<KeyId, Key> keys, ObjectNode n) {
    keys.forEach((id, key) -> n.set(id.value(), key(key)));
  }

  private static void keyIds(List<KeyId> ids, ArrayNode a) {
    ids.forEach(id -> a.add(id.value()));
  }

  // Go's omitempty leaves out empty slices.
  private static void strings(List<String> values, ObjectNode n, String field) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(field);
      values.forEach(a::add);
    }
  }
}
