package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of repositories; filtering and paging happen in the database. */
public interface Repositories {

  Optional<Repository> find(Organisation organisation, RepositoryName name);

  /** The organisation's repository of that name; a string that is no valid name names none. */
  default Optional<Repository> named(Organisation organisation, String name) {
    try {
      return find(organisation, new RepositoryName(name));
    } catch (InvalidRepositoryNameException notAName) {
      return Optional.empty();
    }
  }

  /**
   * The organisation's repository of that name, for use cases that act on it.
   *
   * @throws RepositoryNotFoundException if there is none (also for a string that is no valid name)
   */
  default Repository existing(Organisation organisation, String name) {
    return named(organisation, name)
        .orElseThrow(() -> new RepositoryNotFoundException(organisation.name().value(), name));
  }

  /** The repository of any organisation with this GUN. */
  Optional<Repository> byGun(Gun gun);

  /** Whether a repository of any organisation has this GUN. */
  boolean holds(Gun gun);

  /**
   * Whether the repository with this GUN has no trust data yet: its initialisation waits (or
   * failed).
   */
  boolean awaitsInitialisation(Gun gun);

  /**
   * Stores a new repository and flushes it, so that a unique violation surfaces here.
   *
   * @throws DuplicateRepositoryException if the organisation already has the name (or the GUN is
   *     taken)
   */
  void store(Repository repository);

  /**
   * One page of the organisation's repositories whose name contains {@code filter}, ordered by
   * name, as read-only summaries: nothing of them is managed by the persistence context.
   */
  List<RepositorySummary> page(Organisation organisation, String filter, PageRequest request);

  long count(Organisation organisation, String filter);
}
