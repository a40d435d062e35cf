package dev.trustportal.portal.organisation;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Use cases on organisations. Until tenancy arrives every use case is limited to platform admins; the
 * check lives here, at the EJB boundary, so that the UI and the REST API cannot forget it.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Resource SessionContext session;

  /**
   * Creates an organisation and starts its audit chain with {@code organisation.created}, in the
   * same transaction: no organisation without its event, no event without its organisation.
   *
   * @throws InvalidOrganisationNameException if the name is not a registry path component
   * @throws DuplicateOrganisationException if the name is taken (also when a concurrent request
   *     took it between the check and the insert)
   */
  public OrganisationSummary createOrganisation(CreateOrganisation command) {
    OrganisationName name = new OrganisationName(command.name());
    if (organisations.find(name).isPresent()) {
      throw new DuplicateOrganisationException(name);
    }
    Organisation organisation = new Organisation(name, clock.instant());
    organisations.store(organisation);
    audit.record(
        new AuditRecord(
            name.value(),
            session.getCallerPrincipal().getName(),
            "organisation.created",
            name.value(),
            Outcome.SUCCEEDED,
            "Organisation '" + name + "' created."));
    return OrganisationSummary.of(organisation);
  }

  public Page<OrganisationSummary> list(PageRequest request) {
    var items = organisations.page(request).stream().map(OrganisationSummary::of).toList();
    return new Page<>(items, request.page(), request.size(), organisations.count());
  }

  public long count() {
    return organisations.count();
  }

  /** Finds an organisation by name; a string that is no valid name simply finds nothing. */
  public Optional<OrganisationSummary> find(String name) {
    try {
      return organisations.find(new OrganisationName(name)).map(OrganisationSummary::of);
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
  }
}
