package dev.trustportal.portal.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API token may do: only read, or read and change. */
public enum TokenAccess {
  READ,
  WRITE;

  /** The access with this name, ignoring case, as API clients and forms send it; empty if none. */
  public static Optional<TokenAccess> parse(String name) {
    return Arrays.stream(values())
        .filter(
            access -> name != null && access.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
