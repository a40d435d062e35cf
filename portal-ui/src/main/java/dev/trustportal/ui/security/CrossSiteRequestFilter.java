package dev.trustportal.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses state-changing API calls that a page of another site made a signed-in browser send (403
 * {@code cross_site_request}); see {@link CrossSiteRequests}. The portal's own origin is the one
 * the request reached (its Host, with HTTPS as a trusted proxy reports it); {@code
 * portal.http.allowed-origins} and {@code portal.webauthn.origins} name more (comma-separated), for
 * pages served under another name.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient TrustedProxies proxies;

  @Inject
  @ConfigProperty(name = "portal.http.allowed-origins")
  transient Optional<String> allowedOrigins;

  @Inject
  @ConfigProperty(name = "portal.webauthn.origins")
  transient Optional<String> webAuthnOrigins;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> refusal =
        CrossSiteRequests.refusal(
            request.getMethod(),
            request.getHeader("Authorization"),
            request.getHeader("Origin"),
            request.getHeader("Sec-Fetch-Site"),
            ownOrigin(request),
            allowed());
    if (refusal.isPresent()) {
      ApiUnauthorized.send(
          response, HttpServletResponse.SC_FORBIDDEN, "cross_site_request", refusal.get());
      return;
    }
    chain.doFilter(request, response);
  }

  private String ownOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return (proxies.clientOf(request).https() ? "https://" : "http://") + host.strip();
  }

  private Set<String> allowed() {
    Set<String> origins = new HashSet<>();
    for (Optional<String> list : java.util.List.of(allowedOrigins, webAuthnOrigins)) {
      list.ifPresent(
          value ->
              Arrays.stream(value.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .forEach(origins::add));
    }
    return origins;
  }
}
