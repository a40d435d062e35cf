package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of repositories; filtering and paging happen in the database. */
public interface Repositories {

  Optional<Repository> find(Organisation organisation, RepositoryName name);

  /** Whether a repository of any organisation has this GUN. */
  boolean holds(Gun gun);

  /**
   * Stores a new repository and flushes it, so that a unique violation surfaces here.
   *
   * @throws DuplicateRepositoryException if the organisation already has the name (or the GUN is taken)
   */
  void store(Repository repository);

  /**
   * One page of the organisation's repositories whose name contains {@code filter}, ordered by name, as
   * read-only summaries: nothing of them is managed by the persistence context.
   */
  List<RepositorySummary> page(Organisation organisation, String filter, PageRequest request);

  long count(Organisation organisation, String filter);
}
