package dev.trustportal.portal.organisation;

import dev.trustportal.portal.audit.AccessDenials;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenAuthentication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The caller's organisations: every signed-in caller reads only the organisations they are a member
 * of, platform admins too (the platform creates and lists organisations through {@code
 * tenancy.PlatformOrganisations}, explicitly and audited). The checks live here, at the EJB
 * boundary, so that the UI and the REST API cannot forget them.
 */
@Stateless
@PermitAll
public class OrganisationService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Organisations organisations;
  @Inject CallerContext caller;
  @Inject AccessDenials denials;

  /**
   * The caller's organisations, ordered by name. An API token scoped to one organisation sees only
   * that one (a robot token has no memberships, only its organisation).
   */
  public Page<OrganisationSummary> list(PageRequest request) {
    Optional<String> only = tokenOrganisation();
    if (only.isPresent()) {
      List<OrganisationSummary> items =
          request.page() == 0 ? find(only.get()).stream().toList() : List.of();
      return new Page<>(items, request.page(), request.size(), count());
    }
    var items =
        organisations.pageOfMember(caller.username(), request).stream()
            .map(OrganisationSummary::of)
            .toList();
    return new Page<>(items, request.page(), request.size(), count());
  }

  /**
   * The caller's organisations whose name contains {@code search} (any case; blank: all), ordered
   * by name: a platform admin who belongs to many finds one by typing part of its name.
   */
  public Page<OrganisationSummary> list(String search, PageRequest request) {
    String part = search == null ? "" : search.strip();
    Optional<String> only = tokenOrganisation();
    if (part.isEmpty() || only.isPresent()) {
      Page<OrganisationSummary> all = list(request);
      List<OrganisationSummary> matching =
          all.items().stream()
              .filter(
                  o ->
                      o.name()
                          .toLowerCase(java.util.Locale.ROOT)
                          .contains(part.toLowerCase(java.util.Locale.ROOT)))
              .toList();
      return part.isEmpty()
          ? all
          : new Page<>(matching, request.page(), request.size(), matching.size());
    }
    var items =
        organisations.pageOfMember(caller.username(), part, request).stream()
            .map(OrganisationSummary::of)
            .toList();
    return new Page<>(
        items,
        request.page(),
        request.size(),
        organisations.countOfMember(caller.username(), part));
  }

  /** How many organisations the caller belongs to. */
  public long count() {
    Optional<String> only = tokenOrganisation();
    if (only.isPresent()) {
      return find(only.get()).isPresent() ? 1 : 0;
    }
    return organisations.countOfMember(caller.username());
  }

  /**
   * Finds one of the caller's organisations by name. Another tenant's organisation, like a string
   * that is no valid name, simply finds nothing: its existence is not revealed.
   */
  public Optional<OrganisationSummary> find(String name) {
    OrganisationName valid;
    try {
      valid = new OrganisationName(name);
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
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
