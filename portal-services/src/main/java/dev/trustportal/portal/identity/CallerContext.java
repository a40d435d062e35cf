package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.Roles;
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
 * every bean). No caller crosses organisations here: a platform role opens no organisation (see
 * {@code tenancy.Tenancy}). A caller authenticated with an API token: {@link #token()} says what
 * the token reaches, and the tenancy check holds the caller to it.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.SUPPORT, Roles.PLATFORM_ADMIN})
public class CallerContext {

  @Resource SessionContext session;
  @Inject PresentedToken presented;

  public String username() {
    return session.getCallerPrincipal().getName();
  }

  /** A platform admin signed in as a person: an API token carries no platform role. */
  public boolean platformAdmin() {
    return token().isEmpty() && session.isCallerInRole(Roles.PLATFORM_ADMIN);
  }

  /** Support staff (the support role, or a platform admin) signed in as a person. */
  public boolean supportStaff() {
    return token().isEmpty()
        && (session.isCallerInRole(Roles.SUPPORT) || session.isCallerInRole(Roles.PLATFORM_ADMIN));
  }

  /** What the request's API token narrows lists and lookups to; everything without a token. */
  public TokenReach reach() {
    return TokenReach.of(token());
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
