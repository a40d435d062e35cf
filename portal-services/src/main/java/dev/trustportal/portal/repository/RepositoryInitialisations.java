package dev.trustportal.portal.repository;

import dev.trustportal.portal.organisation.Organisation;

/**
 * How a new repository's initialisation, a root-key change, is approved: the organisation's
 * approval policy says how many owners must approve it, and a change request is filed when any
 * must. Declared here and implemented by the change feature, which depends on repositories and not
 * the other way.
 */
public interface RepositoryInitialisations {

  /**
   * How many owner approvals initialising a repository of the organisation needs now (0: at once).
   */
  int approvalsNeeded(Organisation organisation);

  /**
   * Files the change request that initialises the repository's trust data once approved.
   *
   * @return the change request's ID
   */
  long file(Repository repository);
}
