package dev.trustportal.portal.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is calling, as the EJB container knows it (the identity propagates from the web tier into
 * every bean). {@link #crossesTenants()} is the one place that decides who sees every organisation
 * regardless of membership: today platform admins; the support desk replaces this path later. A
 * caller authenticated with an API token never crosses tenants: {@link #token()} says what the token
 * reaches, and the tenancy check holds the caller to it.
 */
@Stateless
@PermitAll
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class CallerContext {

  @Resource SessionContext session;
  @Inject PresentedToken presented;

  public String username() {
    return session.getCallerPrincipal().getName();
  }

  public boolean crossesTenants() {
    return token().isEmpty() && session.isCallerInRole(Roles.PLATFORM_ADMIN);
  }

  /** The API token this request came with, if any. */
  public Optional<TokenAuthentication> token() {
    try {
      return presented.token();
    } catch (ContextNotActiveException noRequest) {
      // A timer or worker thread serves no request, and so no token.
      return Optional.empty();
    }
  }
}
