package dev.trustportal.portal.repository;

import java.util.regex.Pattern;

/**
 * The name of a repository within its organisation, such as {@code api} or {@code team/api}: one or
 * more registry path components joined by {@code /}, as the distribution (registry) specification
 * defines them: {@code [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*}. How long it may be depends on the
 * GUN it ends up in (at most 255 characters, notary's column size); {@link RepositoryService}
 * checks that.
 */
public record RepositoryName(String value) {

  public static final int MAX_LENGTH = 255;

  // distribution-spec "path-component"; see docs/spec.md of opencontainers/distribution-spec.
  private static final Pattern PATH_COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");

  public RepositoryName {
    if (value == null || value.isEmpty()) {
      throw InvalidRepositoryNameException.empty();
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidRepositoryNameException.tooLong(value, value.length(), MAX_LENGTH);
    }
    // split with limit -1 keeps empty components, so "a//b", "/a" and "a/" are refused too.
    for (String component : value.split("/", -1)) {
      if (!PATH_COMPONENT.matcher(component).matches()) {
        throw InvalidRepositoryNameException.notAPath(value);
      }
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
