package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.PresentedToken;
import dev.trustportal.portal.identity.TokenAuthentication;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The one place where a request authenticated with an API token meets its scope. It hands the token
 * to the services ({@link PresentedToken}, where the tenancy check limits the organisations it
 * reaches), and refuses here what the method and path alone decide ({@link TokenScopeRules}: writes
 * with a read-only token, other repositories). The authentication mechanism runs before any filter,
 * possibly before the request scope is active, so it leaves the token in a request attribute.
 */
@WebFilter(urlPatterns = {"/api/*", "/service/*"})
public class TokenScopeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ATTRIBUTE = TokenAuthentication.class.getName();

  @Inject transient PresentedToken presented;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request.getAttribute(ATTRIBUTE) instanceof TokenAuthentication token)) {
      chain.doFilter(request, response);
      return;
    }
    presented.actWith(token);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<TokenScopeRules.Refusal> refusal =
        path.startsWith(ApiUnauthorized.API_PREFIX)
            ? TokenScopeRules.check(token.scope(), request.getMethod(), path)
            : Optional.empty();
    if (refusal.isPresent()) {
      ApiUnauthorized.send(response, refusal.get().status(), refusal.get().code(), refusal.get().message());
      return;
    }
    chain.doFilter(request, response);
  }
}
