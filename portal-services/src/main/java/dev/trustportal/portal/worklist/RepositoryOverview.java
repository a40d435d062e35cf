package dev.trustportal.portal.worklist;

import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.RepositorySummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The repositories list with trust columns: signed tags, signers, state and pending changes. The
 * trust data is read (and verified against the pins) for the page shown only, through the same use
 * case as the trust page, so the same members may see it. Each read is a transaction of its own:
 * one repository whose data does not verify (a rollback) leaves the others' reads, and what they
 * record, alone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RepositoryOverview {

  // Field injection: EJBs need a no-argument constructor.
  @Inject RepositoryService repositories;
  @Inject ChangeService changes;
  @Inject Clock clock;

  /**
   * One page of the organisation's repositories whose name contains {@code filter}, sorted by name.
   */
  public Page<RepositoryListing> list(String organisation, String filter, PageRequest request) {
    Page<RepositorySummary> page = repositories.list(organisation, filter, request);
    List<RepositoryListing> items = page.items().stream().map(this::listing).toList();
    return new Page<>(items, page.page(), page.size(), page.total());
  }

  private RepositoryListing listing(RepositorySummary repository) {
    long pending =
        OrganisationDirectory.pendingChanges(
            changes, repository.organisation(), Optional.of(repository.name()));
    TrustSummary trust = trust(repository);
    return new RepositoryListing(
        repository, trust.signedTags(), trust.signers(), trust.state(), pending);
  }

  private TrustSummary trust(RepositorySummary repository) {
    if (repository.initialisationChange() != null) {
      return new TrustSummary(0, 0, RepositoryTrustState.AWAITING_INITIALISATION);
    }
    if (repository.divergence() != null) {
      return new TrustSummary(0, 0, RepositoryTrustState.DIVERGED);
    }
    try {
      return TrustSummary.of(
          repositories.trust(repository.organisation(), repository.name()), clock.instant());
    } catch (PortalException unreadable) {
      // The trust page shows why; the list only says that it could not tell.
      return new TrustSummary(0, 0, RepositoryTrustState.UNREADABLE);
    }
  }
}
