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

/**
 * Where a request authenticated with an API token meets its scope: it hands the token to the
 * services ({@link PresentedToken}, where the tenancy check limits the organisations it reaches and
 * the lists narrow to its reach); {@link TokenScopeCheck} then refuses, on the route JAX-RS chose,
 * what the scope forbids. The authentication mechanism runs before any filter, possibly before the
 * request scope is active, so it leaves the token in a request attribute.
 */
@WebFilter(urlPatterns = {"/api/*", "/service/*"})
public class TokenScopeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ATTRIBUTE = TokenAuthentication.class.getName();

  @Inject transient PresentedToken presented;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request.getAttribute(ATTRIBUTE) instanceof TokenAuthentication token)) {
      chain.doFilter(request, response);
      return;
    }
    presented.actWith(token);
    chain.doFilter(request, response);
  }
}
