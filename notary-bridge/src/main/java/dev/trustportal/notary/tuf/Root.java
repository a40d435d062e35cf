package dev.trustportal.notary.tuf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** root.json: every key of the top-level roles and their thresholds. */
public record Root(
    int version,
    Instant expires,
    boolean consistentSnapshot,
    Map<KeyId, Key> keys,
    Map<RoleName, Role> roles)
    implements Signed {
  public Root {
    keys = Map.copyOf(keys);
    roles = Map.copyOf(roles);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }

  @Override
  public String type() {
    return Wire.TYPE_ROOT;
  }

  public Role role(RoleName name) {
    return Optional.ofNullable(roles.get(name))
        .orElseThrow(() -> new IllegalStateException("root defines no role " + name));
  }

  /** The keys of one role, in the role's key ID order. */
  public Map<KeyId, Key> keysOf(RoleName name) {
    Map<KeyId, Key> out = new TreeMap<>();
    role(name)
        .keyIds()
        .forEach(id -> Optional.ofNullable(keys.get(id)).ifPresent(k -> out.put(id, k)));
    return out;
  }

  public Root next(Instant newExpires) {
    return new Root(version + 1, newExpires, consistentSnapshot, keys, roles);
  }

  /** Replaces the keys of a role and drops keys no role uses any more. */
  public Root withRoleKeys(RoleName name, Map<KeyId, Key> roleKeys) {
    Map<RoleName, Role> nextRoles = new TreeMap<>(roles);
    nextRoles.put(name, role(name).withKeyIds(List.copyOf(roleKeys.keySet())));
    Map<KeyId, Key> nextKeys = new TreeMap<>();
    nextRoles
        .values()
        .forEach(
            r ->
                r.keyIds()
                    .forEach(
                        id -> {
                          Key k = roleKeys.containsKey(id) ? roleKeys.get(id) : keys.get(id);
                          if (k != null) {
                            nextKeys.put(id, k);
                          }
                        }));
    return new Root(version, expires, consistentSnapshot, nextKeys, nextRoles);
  }

  public Root withThreshold(RoleName name, int threshold) {
    Map<RoleName, Role> nextRoles = new TreeMap<>(roles);
    nextRoles.put(name, role(name).withThreshold(threshold));
    return new Root(version, expires, consistentSnapshot, keys, nextRoles);
  }
}
