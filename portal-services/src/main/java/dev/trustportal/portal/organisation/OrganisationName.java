package dev.trustportal.portal.organisation;

import java.util.regex.Pattern;

/**
 * The name of an organisation. It becomes the first path component of every repository name of the
 * organisation (for example {@code registry.example.com/acme/api}), so it must be a valid path
 * component as the distribution (registry) specification defines it: {@code
 * [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*}.
 */
public record OrganisationName(String value) {

  public static final int MAX_LENGTH = 255;

  // distribution-spec "path-component"; see docs/spec.md of opencontainers/distribution-spec.
  private static final Pattern PATH_COMPONENT =
      Pattern.compile("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");

  public OrganisationName {
    if (value == null || value.isEmpty()) {
      throw InvalidOrganisationNameException.empty();
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidOrganisationNameException.tooLong(value.length());
    }
    if (!PATH_COMPONENT.matcher(value).matches()) {
      throw InvalidOrganisationNameException.notAPathComponent(value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
