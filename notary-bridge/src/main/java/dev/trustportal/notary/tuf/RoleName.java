package dev.trustportal.notary.tuf;

import java.util.regex.Pattern;

/**
 * A role name: one of the four top-level roles or a delegation {@code targets/<name>}. Delegation
 * names follow notary's {@code data.IsDelegation} (tuf/data/roles.go): prefix {@code targets/},
 * characters {@code [-a-z0-9_/]}, shorter than 256, and already clean (no ".", "..", double or
 * trailing slash).
 */
public record RoleName(String value) implements Comparable<RoleName> {
  // Declared before the constants below, which are validated with it during class initialisation.
  private static final Pattern DELEGATION_CHARS = Pattern.compile("^[-a-z0-9_/]+$");

  public static final RoleName ROOT = new RoleName("root");
  public static final RoleName TARGETS = new RoleName("targets");
  public static final RoleName SNAPSHOT = new RoleName("snapshot");
  public static final RoleName TIMESTAMP = new RoleName("timestamp");
  public static final RoleName RELEASES = new RoleName("targets/releases");

  public RoleName {
    if (value == null || !(isTopLevel(value) || isDelegation(value))) {
      throw new IllegalArgumentException("not a valid role name: " + value);
    }
  }

  private static boolean isTopLevel(String v) {
    return v.equals("root") || v.equals("targets") || v.equals("snapshot") || v.equals("timestamp");
  }

  private static boolean isDelegation(String v) {
    return v.startsWith("targets/")
        && v.length() > "targets/".length()
        && v.length() < 256
        && DELEGATION_CHARS.matcher(v).matches()
        && isClean(v);
  }

  // Mirrors path.Clean(role) == role in Go.
  private static boolean isClean(String v) {
    if (v.endsWith("/") || v.contains("//")) {
      return false;
    }
    for (String part : v.split("/")) {
      if (part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  public boolean isDelegation() {
    return value.startsWith("targets/");
  }

  /**
   * The role whose metadata defines this delegation: {@code targets/a/b} is delegated by {@code
   * targets/a}.
   */
  public RoleName parent() {
    if (!isDelegation()) {
      throw new IllegalStateException(value + " has no parent role");
    }
    return new RoleName(value.substring(0, value.lastIndexOf('/')));
  }

  @Override
  public int compareTo(RoleName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
