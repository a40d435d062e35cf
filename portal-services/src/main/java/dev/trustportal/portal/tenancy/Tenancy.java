package dev.trustportal.portal.tenancy;

import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.CallerAccess;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.membership.MissingRoleException;
import dev.trustportal.portal.membership.TenantGuard;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The tenancy rule, in one place: every org-scoped use case first asks here whether the caller may
 * act on the organisation. A caller who is not a member learns nothing about it, not even that it
 * exists (404, not 403); a member without the needed role gets {@link MissingRoleException} (403).
 * Callers who cross tenants (platform admins, see {@link CallerContext#crossesTenants()}) pass.
 */
@Stateless
@LocalBean
@Local(TenantGuard.class)
@PermitAll
public class Tenancy implements TenantGuard {

  // Field injection: EJBs need a no-argument constructor.
  @Inject CallerContext caller;
  @Inject Organisations organisations;
  @Inject Memberships memberships;

  @Override
  public CallerAccess requireRole(String organisation, MemberRole... anyOf) {
    Organisation org = find(organisation).orElseThrow(() -> new OrganisationNotFoundException(organisation));
    String username = caller.username();
    if (caller.crossesTenants()) {
      return new CallerAccess(organisation, username, Optional.empty());
    }
    Membership membership =
        memberships.find(org, username).orElseThrow(() -> new OrganisationNotFoundException(organisation));
    if (anyOf.length > 0 && !List.of(anyOf).contains(membership.role())) {
      throw new MissingRoleException(organisation, membership.role(), anyOf);
    }
    return new CallerAccess(organisation, username, Optional.of(membership.role()));
  }

  /**
   * The organisation a use case works in, after the check of {@link #requireRole}: a caller who is not
   * a member, like a name that names no organisation, gets {@link OrganisationNotFoundException}.
   */
  public Organisation organisationToWorkIn(String organisation, MemberRole... anyOf) {
    requireRole(organisation, anyOf);
    return find(organisation).orElseThrow(() -> new OrganisationNotFoundException(organisation));
  }

  /** A string that is no valid name names no organisation. */
  private Optional<Organisation> find(String name) {
    try {
      return organisations.find(new OrganisationName(name));
    } catch (InvalidOrganisationNameException notAName) {
      return Optional.empty();
    }
  }
}
