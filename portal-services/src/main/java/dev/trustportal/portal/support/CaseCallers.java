package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;

/**
 * Who the caller is to the support desk: support staff (the platform role {@link Roles#SUPPORT}, or
 * a platform admin) signed in without an API token, which never crosses tenants; a member of a
 * case's organisation, who sees it; an owner, who approves it.
 */
@Stateless
@PermitAll
public class CaseCallers {

  @Inject CallerContext caller;
  @Inject Memberships memberships;
  @Inject Tenancy tenancy;

  public String username() {
    return caller.username();
  }

  /** What the caller's API token narrows the cases to. */
  public TokenReach reach() {
    return caller.reach();
  }

  public boolean staff() {
    return caller.supportStaff();
  }

  public boolean platformAdmin() {
    return caller.platformAdmin();
  }

  public boolean belongsToNoOrganisation() {
    return memberships
        .organisationsOf(caller.username(), EnumSet.allOf(MemberRole.class), new PageRequest(0, 1))
        .isEmpty();
  }

  /**
   * @throws SupportStaffOnlyException unless the caller is support staff
   */
  public void requireStaff(String action) {
    if (!staff()) {
      throw new SupportStaffOnlyException(action);
    }
  }

  /**
   * Whether the caller may see a case of the organisation: staff, or a member (refusals audited by
   * tenancy).
   */
  public boolean maySee(Organisation organisation) {
    if (staff()) {
      return true;
    }
    try {
      tenancy.requireRole(organisation.name().value());
      return true;
    } catch (OrganisationNotFoundException notAMember) {
      return false;
    }
  }

  /** Whether the caller is an owner of the organisation, as a person (a robot token never is). */
  public boolean owner(Organisation organisation) {
    boolean tokenReaches =
        caller.token().map(t -> !t.robot() && reaches(t, organisation)).orElse(true);
    return tokenReaches
        && memberships
            .find(organisation, caller.username())
            .map(Membership::role)
            .filter(MemberRole.OWNER::equals)
            .isPresent();
  }

  private static boolean reaches(TokenAuthentication token, Organisation organisation) {
    return token.scope().reaches(organisation.name().value());
  }
}
