package dev.trustportal.portal.organisation;

import dev.trustportal.portal.audit.AccessDenials;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.Roles;
import dev.trustportal.portal.identity.TokenAuthentication;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Use cases on organisations. Platform admins create them; every signed-in caller reads only the
 * organisations they are a member of (callers who cross tenants read all). The checks live here, at
 * the EJB boundary, so that the UI and the REST API cannot forget them.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Organisations organisations;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Inject AccessDenials denials;

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
            caller.username(),
            "organisation.created",
            name.value(),
            Outcome.SUCCEEDED,
            "Organisation '" + name + "' created."));
    return OrganisationSummary.of(organisation);
  }

  /**
   * The caller's organisations, ordered by name. An API token scoped to one organisation sees only
   * that one (a robot token has no memberships, only its organisation).
   */
  @PermitAll
  public Page<OrganisationSummary> list(PageRequest request) {
    Optional<String> only = tokenOrganisation();
    if (only.isPresent()) {
      List<OrganisationSummary> items = request.page() == 0 ? find(only.get()).stream().toList() : List.of();
      return new Page<>(items, request.page(), request.size(), count());
    }
    var found =
        caller.crossesTenants()
            ? organisations.page(request)
            : organisations.pageOfMember(caller.username(), request);
    var items = found.stream().map(OrganisationSummary::of).toList();
    return new Page<>(items, request.page(), request.size(), count());
  }

  /** How many organisations the caller belongs to. */
  @PermitAll
  public long count() {
    Optional<String> only = tokenOrganisation();
    if (only.isPresent()) {
      return find(only.get()).isPresent() ? 1 : 0;
    }
    return caller.crossesTenants()
        ? organisations.count()
        : organisations.countOfMember(caller.username());
  }

  /**
   * Finds one of the caller's organisations by name. Another tenant's organisation, like a string
   * that is no valid name, simply finds nothing: its existence is not revealed.
   */
  @PermitAll
  public Optional<OrganisationSummary> find(String name) {
    OrganisationName valid;
    try {
      valid = new OrganisationName(name);
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
    if (caller.crossesTenants()) {
      return organisations.find(valid).map(OrganisationSummary::of);
    }
    Optional<TokenAuthentication> token = caller.token();
    if (token.isPresent() && !token.get().scope().reaches(valid.value())) {
      denials.recordNonMember(valid.value(), caller.username());
      return Optional.empty();
    }
    if (token.filter(TokenAuthentication::robot).isPresent()) {
      // A robot belongs to its organisation without a membership.
      return organisations.find(valid).map(OrganisationSummary::of);
    }
    var found = organisations.findForMember(valid, caller.username());
    if (found.isEmpty() && organisations.find(valid).isPresent()) {
      // Another tenant's: refused like any tenancy check (see Tenancy), and on record in its chain.
      denials.recordNonMember(valid.value(), caller.username());
    }
    return found.map(OrganisationSummary::of);
  }

  private Optional<String> tokenOrganisation() {
    return caller.token().flatMap(token -> token.scope().onlyOrganisation());
  }
}
