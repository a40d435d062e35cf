package dev.trustportal.notary.tuf;

import java.util.regex.Pattern;

/** A key ID: the lowercase hex SHA-256 of a key's canonical JSON (facts §6). */
public record KeyId(String value) implements Comparable<KeyId> {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public KeyId {
    if (value == null || !HEX64.matcher(value).matches()) {
      throw new IllegalArgumentException("key ID must be 64 lowercase hex digits: " + value);
    }
  }

  /** The 12-character prefix the notary CLI prints. */
  public String shortForm() {
    return value.substring(0, 12);
  }

  @Override
  public int compareTo(KeyId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
