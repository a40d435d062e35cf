package dev.trustportal.portal.change;

import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryInitialisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The change feature's side of {@link RepositoryInitialisations}: the policy's number for
 * INITIALISE_REPOSITORY, and the change request filed in the creating transaction.
 */
@ApplicationScoped
class RepositoryInitialisationRequests implements RepositoryInitialisations {

  private final ChangeRequests changes;
  private final ChangeService service;

  @Inject
  RepositoryInitialisationRequests(ChangeRequests changes, ChangeService service) {
    this.changes = changes;
    this.service = service;
  }

  /** For the CDI client proxy only. */
  protected RepositoryInitialisationRequests() {
    this(null, null);
  }

  @Override
  public int approvalsNeeded(Organisation organisation) {
    return changes.approvalsNeeded(organisation, ChangeType.INITIALISE_REPOSITORY);
  }

  @Override
  public long file(Repository repository) {
    return service.fileInitialisation(repository);
  }
}
