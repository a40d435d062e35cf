package dev.trustportal.notary.tuf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code delegations} object of a targets file: the keys of its delegates and the ordered
 * roles.
 */
public record Delegations(Map<KeyId, Key> keys, List<DelegatedRole> roles) {
  public static final Delegations EMPTY = new Delegations(Map.of(), List.of());

  public Delegations {
    keys = Map.copyOf(keys);
    roles = List.copyOf(roles);
  }

  public Optional<DelegatedRole> role(RoleName name) {
    return roles.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** Replaces the role of the same name in place (order matters for lookups) or appends it. */
  public Delegations withRole(DelegatedRole role, Map<KeyId, Key> addedKeys) {
    List<DelegatedRole> next = new ArrayList<>(roles);
    int index = next.stream().map(DelegatedRole::name).toList().indexOf(role.name());
    if (index >= 0) {
      next.set(index, role);
    } else {
      next.add(role);
    }
    Map<KeyId, Key> nextKeys = new TreeMap<>(keys);
    nextKeys.putAll(addedKeys);
    return new Delegations(nextKeys, next).withoutUnusedKeys();
  }

  public Delegations withoutRole(RoleName name) {
    List<DelegatedRole> next = roles.stream().filter(r -> !r.name().equals(name)).toList();
    return new Delegations(keys, next).withoutUnusedKeys();
  }

  // notary's RemoveKeys/PurgeDelegationKeys drop keys no remaining role uses.
  private Delegations withoutUnusedKeys() {
    Map<KeyId, Key> used = new TreeMap<>();
    roles.forEach(
        r ->
            r.keyIds()
                .forEach(id -> Optional.ofNullable(keys.get(id)).ifPresent(k -> used.put(id, k))));
    return new Delegations(used, roles);
  }
}
