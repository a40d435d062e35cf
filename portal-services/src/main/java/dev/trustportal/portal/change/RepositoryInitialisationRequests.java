package dev.trustportal.portal.change;

import dev.trustportal.portal.approval.ApprovalPolicies;
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

  private final ApprovalPolicies policies;
  private final ChangeService service;

  @Inject
  RepositoryInitialisationRequests(ApprovalPolicies policies, ChangeService service) {
    this.policies = policies;
    this.service = service;
  }

  /** For the CDI client proxy only. */
  protected RepositoryInitialisationRequests() {
    this(null, null);
  }

  @Override
  public int approvalsNeeded(Organisation organisation) {
    return policies.approvalsNeeded(organisation, ChangeType.INITIALISE_REPOSITORY);
  }

  @Override
  public long file(Repository repository) {
    return service.fileInitialisation(repository);
  }
}
