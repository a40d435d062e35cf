package dev.trustportal.portal.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * Who is calling, as the EJB container knows it (the identity propagates from the web tier into
 * every bean). {@link #crossesTenants()} is the one place that decides who sees every organisation
 * regardless of membership: today platform admins; the support desk replaces this path later.
 */
@Stateless
@PermitAll
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class CallerContext {

  @Resource SessionContext session;

  public String username() {
    return session.getCallerPrincipal().getName();
  }

  public boolean crossesTenants() {
    return session.isCallerInRole(Roles.PLATFORM_ADMIN);
  }
}
