package dev.trustportal.notary.tuf;

import java.util.List;

/**
 * A delegation entry of a targets file. Empty {@code paths} and {@code pathHashPrefixes} are
 * omitted on the wire, as Go's {@code omitempty} does; {@code paths [""]} means every target name.
 */
public record DelegatedRole(
    RoleName name,
    List<KeyId> keyIds,
    int threshold,
    List<String> paths,
    List<String> pathHashPrefixes) {
  public DelegatedRole {
    if (!name.isDelegation()) {
      throw new IllegalArgumentException(name + " is not a delegation role");
    }
    keyIds = List.copyOf(keyIds);
    paths = List.copyOf(paths);
    pathHashPrefixes = List.copyOf(pathHashPrefixes);
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
    }
  }

  public static DelegatedRole allPaths(RoleName name, List<KeyId> keyIds, int threshold) {
    return new DelegatedRole(name, keyIds, threshold, List.of(""), List.of());
  }

  /** notary's {@code CheckPaths}: a target is in scope when some path is a prefix of its name. */
  public boolean covers(String targetName) {
    return paths.stream().anyMatch(targetName::startsWith);
  }

  public DelegatedRole withKeyIds(List<KeyId> ids) {
    return new DelegatedRole(name, ids, threshold, paths, pathHashPrefixes);
  }

  public DelegatedRole withThreshold(int t) {
    return new DelegatedRole(name, keyIds, t, paths, pathHashPrefixes);
  }
}
