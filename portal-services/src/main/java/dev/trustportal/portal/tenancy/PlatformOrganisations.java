package dev.trustportal.portal.tenancy;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.AccountNotFoundException;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.CreateOrganisation;
import dev.trustportal.portal.organisation.DuplicateOrganisationException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.organisation.Organisations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The platform's own, explicit calls on organisations, for platform admins signed in as persons (an
 * API token never reaches them): founding an organisation with its first owner, and the platform's
 * list of all organisations. Everything else inside an organisation is for its members (see {@link
 * Tenancy}); a platform admin reaches it only by becoming one, or through the support desk. Each
 * call is audited.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformOrganisations {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Organisations organisations;
  @Inject Memberships memberships;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject CallerContext caller;

  /**
   * Creates an organisation with its first owner (the named account, else the creator) and starts
   * its audit chain with {@code organisation.created}, all in one transaction: no organisation
   * without an owner and its event.
   *
   * @throws dev.trustportal.portal.organisation.InvalidOrganisationNameException if the name is not
   *     a registry path component
   * @throws DuplicateOrganisationException if the name is taken (also when a concurrent request
   *     took it between the check and the insert)
   * @throws AccountNotFoundException if the named first owner has no account
   */
  public OrganisationSummary createOrganisation(CreateOrganisation command) {
    requirePerson();
    OrganisationName name = new OrganisationName(command.name());
    String owner = command.firstOwner().orElse(caller.username());
    if (accounts.find(owner).isEmpty()) {
      throw new AccountNotFoundException(owner);
    }
    if (organisations.find(name).isPresent()) {
      throw new DuplicateOrganisationException(name);
    }
    Organisation organisation = new Organisation(name, clock.instant());
    organisations.store(organisation);
    memberships.store(new Membership(organisation, owner, MemberRole.OWNER, clock.instant()));
    audit.record(
        new AuditRecord(
            name.value(),
            caller.username(),
            "organisation.created",
            name.value(),
            Outcome.SUCCEEDED,
            "Organisation '" + name + "' created with first owner '" + owner + "'."));
    return OrganisationSummary.of(organisation);
  }

  /**
   * One page of all organisations, by name, with their member and owner counts; recorded in the
   * platform chain, since it shows organisations the caller need not belong to.
   */
  public Page<PlatformOrganisation> list(PageRequest request) {
    requirePerson();
    List<PlatformOrganisation> items =
        organisations.page(request).stream().map(this::summary).toList();
    audit.record(
        AuditRecord.platform(
            caller.username(),
            "platform.organisations_listed",
            null,
            Outcome.SUCCEEDED,
            "Page " + request.page() + " (size " + request.size() + ") of all organisations."));
    return new Page<>(items, request.page(), request.size(), organisations.count());
  }

  private PlatformOrganisation summary(Organisation org) {
    return new PlatformOrganisation(
        org.name().value(), org.createdAt(), memberships.count(org), memberships.countOwners(org));
  }

  /** A token acts inside the organisations it names, never for the platform. */
  private void requirePerson() {
    if (caller.token().isPresent()) {
      throw new PlatformCallByTokenException();
    }
  }
}
