package dev.trustportal.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The API token the current request was authenticated with, if any. The web tier sets it once per
 * request, after authentication; request-scoped, so that the web tier and every bean the request
 * calls share one instance (like {@code AuditedRequest}). {@link CallerContext} reads it, and
 * through it the tenancy check narrows what the caller reaches to the token's scope.
 */
@RequestScoped
public class PresentedToken {

  private TokenAuthentication token;

  public void actWith(TokenAuthentication authenticated) {
    this.token = authenticated;
  }

  public Optional<TokenAuthentication> token() {
    return Optional.ofNullable(token);
  }
}
