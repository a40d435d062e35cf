package dev.trustportal.portal.repository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a change of trust does to the delegations, as far as a tag's verification can tell: roles
 * that go, keys that leave a role, and new thresholds. Every change that can stop tags verifying
 * (removing a signer or a key, raising a threshold) is described by one of these, so that {@link
 * TagImpacts} judges them all by one rule.
 *
 * @param removedRoles roles deleted, such as {@code targets/alice}
 * @param removedKeys per role, the key IDs taken out of it
 * @param thresholds per role, its new threshold
 */
public record TrustEffect(
    Set<String> removedRoles,
    Map<String, Set<String>> removedKeys,
    Map<String, Integer> thresholds) {

  public static final TrustEffect NONE = new TrustEffect(Set.of(), Map.of(), Map.of());

  public TrustEffect {
    removedRoles = Set.copyOf(removedRoles);
    Map<String, Set<String>> keys = new HashMap<>();
    removedKeys.forEach((role, ids) -> keys.put(role, Set.copyOf(ids)));
    removedKeys = Map.copyOf(keys);
    thresholds = Map.copyOf(thresholds);
  }

  public static TrustEffect threshold(String role, int threshold) {
    return new TrustEffect(Set.of(), Map.of(), Map.of(role, threshold));
  }

  public TrustEffect withRemovedRole(String role) {
    Set<String> roles = new HashSet<>(removedRoles);
    roles.add(role);
    return new TrustEffect(roles, removedKeys, thresholds);
  }

  public TrustEffect withRemovedKeys(String role, Set<String> keyIds) {
    Map<String, Set<String>> keys = new HashMap<>(removedKeys);
    Set<String> ids = new HashSet<>(keys.getOrDefault(role, Set.of()));
    ids.addAll(keyIds);
    keys.put(role, ids);
    return new TrustEffect(removedRoles, keys, thresholds);
  }

  public TrustEffect withThreshold(String role, int threshold) {
    Map<String, Integer> changed = new HashMap<>(thresholds);
    changed.put(role, threshold);
    return new TrustEffect(removedRoles, removedKeys, changed);
  }

  boolean removes(String role) {
    return removedRoles.contains(role);
  }

  boolean removesKey(String role, String keyId) {
    return removedKeys.getOrDefault(role, Set.of()).contains(keyId);
  }
}
