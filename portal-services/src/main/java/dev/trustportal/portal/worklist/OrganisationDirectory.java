package dev.trustportal.portal.worklist;

import dev.trustportal.portal.change.ChangeFilter;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.membership.MembershipService;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The caller's organisations with their counts and the caller's role there, searchable by name.
 * Every count comes through the use case that lists it, so each is checked as the page it leads to
 * is.
 */
@Stateless
@PermitAll
public class OrganisationDirectory {

  private static final PageRequest JUST_COUNT = new PageRequest(0, 1);

  /** Changes not yet on notary-server: what still needs the owners or the publishing worker. */
  static final List<ChangeState> PENDING =
      List.of(ChangeState.FILED, ChangeState.APPROVED, ChangeState.PUBLISHING);

  // Field injection: EJBs need a no-argument constructor.
  @Inject OrganisationService organisations;
  @Inject RepositoryService repositories;
  @Inject MembershipService members;
  @Inject ChangeService changes;
  @Inject Tenancy tenancy;

  /** One page of the caller's organisations whose name contains {@code search} (blank: all). */
  public Page<OrganisationListing> list(String search, PageRequest request) {
    Page<OrganisationSummary> page = organisations.list(search, request);
    List<OrganisationListing> items = page.items().stream().map(this::listing).toList();
    return new Page<>(items, page.page(), page.size(), page.total());
  }

  private OrganisationListing listing(OrganisationSummary organisation) {
    String name = organisation.name();
    return new OrganisationListing(
        name,
        organisation.createdAt(),
        tenancy.requireRole(name).role(),
        repositories.list(name, "", JUST_COUNT).total(),
        members.members(name, JUST_COUNT).total(),
        pendingChanges(changes, name, Optional.empty()));
  }

  /**
   * Changes of the organisation (or of one repository) that are filed, approved or being published.
   */
  static long pendingChanges(
      ChangeService changes, String organisation, Optional<String> repository) {
    return PENDING.stream()
        .mapToLong(
            state ->
                changes
                    .list(
                        organisation, new ChangeFilter(repository, Optional.of(state)), JUST_COUNT)
                    .total())
        .sum();
  }
}
