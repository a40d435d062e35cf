package dev.trustportal.portal.identity;

import java.util.regex.Pattern;

/**
 * The name a person signs in with. It is also what memberships, audit events and registry tokens
 * refer to, so it is restricted to characters that need no escaping anywhere: a lowercase letter or
 * digit, then 1 to 62 lowercase letters, digits, '.', '_' or '-'.
 */
public record Username(String value) {

  public static final int MAX_LENGTH = 63;
  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

  public Username {
    if (value == null || !PATTERN.matcher(value).matches()) {
      throw new InvalidUsernameException(value == null ? "" : value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
