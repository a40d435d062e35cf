package dev.trustportal.portal.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an API token may reach: one organisation or (personal tokens only) every organisation of its
 * user, optionally only some repositories of that organisation, and read or write access. A token
 * never reaches more than its user (or, for a robot, its organisation) could; the scope only
 * narrows.
 *
 * @param organisation the one organisation, or {@code null} for all the user's organisations
 * @param repositories the repository names within {@code organisation}; empty means all of them
 */
public record TokenScope(String organisation, List<String> repositories, TokenAccess access) {

  public TokenScope {
    repositories = List.copyOf(repositories);
    Objects.requireNonNull(access, "access");
    if (organisation == null && !repositories.isEmpty()) {
      throw new IllegalArgumentException("Repositories are scoped within one organisation.");
    }
  }

  public Optional<String> onlyOrganisation() {
    return Optional.ofNullable(organisation);
  }

  /** Whether the token may act in the organisation at all. */
  public boolean reaches(String org) {
    return organisation == null || organisation.equals(org);
  }

  /** Whether the token may touch the repository of its organisation. */
  public boolean reachesRepository(String org, String repository) {
    return reaches(org) && (repositories.isEmpty() || repositories.contains(repository));
  }

  public boolean allowsWrites() {
    return access == TokenAccess.WRITE;
  }
}
