package dev.trustportal.notary.tuf;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** targets.json or a delegation file ({@code _type} is {@code Targets} for both; facts §7). */
public record Targets(
    int version, Instant expires, Map<String, FileMeta> targets, Delegations delegations)
    implements Signed {
  public Targets {
    targets = Map.copyOf(targets);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }

  public static Targets empty(Instant expires) {
    return new Targets(1, expires, Map.of(), Delegations.EMPTY);
  }

  @Override
  public String type() {
    return Wire.TYPE_TARGETS;
  }

  public Targets next(Instant newExpires) {
    return new Targets(version + 1, newExpires, targets, delegations);
  }

  public Targets withTarget(String name, FileMeta file) {
    checkTargetName(name);
    Map<String, FileMeta> next = new TreeMap<>(targets);
    next.put(name, file);
    return new Targets(version, expires, next, delegations);
  }

  public Targets withoutTarget(String name) {
    Map<String, FileMeta> next = new TreeMap<>(targets);
    next.remove(name);
    return new Targets(version, expires, next, delegations);
  }

  /**
   * Many tags set or removed at once (a {@code null} file removes the tag): one copy of the map for
   * the whole batch, where a {@link #withTarget} per tag would copy it once per tag.
   */
  public Targets withTargetChanges(Map<String, FileMeta> changes) {
    Map<String, FileMeta> next = new java.util.HashMap<>(targets);
    changes.forEach(
        (name, file) -> {
          if (file == null) {
            next.remove(name);
          } else {
            checkTargetName(name);
            next.put(name, file);
          }
        });
    return new Targets(version, expires, next, delegations);
  }

  public Targets withDelegations(Delegations d) {
    return new Targets(version, expires, targets, d);
  }

  // Control characters break the Go client's re-encoding (facts §4), so such names are refused up
  // front.
  static void checkTargetName(String name) {
    if (name == null || name.isEmpty() || name.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(
          "target name must be non-empty without control characters");
    }
  }
}
