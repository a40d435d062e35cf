package dev.trustportal.portal.worklist;

import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Which navigation entries lead somewhere for the caller: an entry whose page would only say "you
 * may not" is left out. The pages' use cases check again on every call; this only spares the
 * detour.
 */
@Stateless
@PermitAll
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class Navigation {

  // Field injection: EJBs need a no-argument constructor.
  @Resource SessionContext session;
  @Inject Tenancy tenancy;

  /** The robot tokens of an organisation are listed and managed by its owners and admins only. */
  public boolean offersRobotTokens(String organisation) {
    return tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
  }

  /** An organisation's webhooks are managed by its owners only. */
  public boolean offersWebhooks(String organisation) {
    return tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER);
  }

  /** Repositories are created and imported by the organisation's owners and admins. */
  public boolean createsRepositories(String organisation) {
    return tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
  }

  /**
   * The audit log shows a chain to platform admins (the platform's) and to owners and admins
   * (theirs).
   */
  public boolean offersAuditLog() {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN)
        || !tenancy.readableOrganisations(1).isEmpty();
  }
}
