package dev.trustportal.portal.identity;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * What the caller's API token narrows lists and lookups to: its one organisation, and within it its
 * repositories. A caller without a token (a person signed in) is narrowed by nothing here;
 * membership still decides what they see.
 *
 * @param organisation the token's one organisation, if it names one
 * @param repositories the token's repositories in that organisation; empty means all of them
 */
public record TokenReach(Optional<String> organisation, List<String> repositories) {

  public static final TokenReach EVERYTHING = new TokenReach(Optional.empty(), List.of());

  public TokenReach {
    repositories = List.copyOf(repositories);
  }

  public static TokenReach of(Optional<TokenAuthentication> token) {
    return token
        .map(t -> new TokenReach(t.scope().onlyOrganisation(), t.scope().repositories()))
        .orElse(EVERYTHING);
  }

  /** Whether a thing of this repository of this organisation is within reach. */
  public boolean reaches(String organisation, String repository) {
    return this.organisation.map(organisation::equals).orElse(true)
        && (repositories.isEmpty() || repositories.contains(repository));
  }

  /**
   * JPQL conditions that keep rows of an entity with {@code organisation} and {@code repository}
   * associations within reach, to append to a where clause; bind their parameters with {@link
   * #bind}.
   */
  public String where(String alias) {
    return organisation
            .map(o -> " and " + alias + ".organisation.name = :reachOrganisation")
            .orElse("")
        + (repositories.isEmpty()
            ? ""
            : " and " + alias + ".repository.name in :reachRepositories");
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    organisation.ifPresent(o -> query.setParameter("reachOrganisation", o));
    if (!repositories.isEmpty()) {
      query.setParameter("reachRepositories", repositories);
    }
    return query;
  }
}
