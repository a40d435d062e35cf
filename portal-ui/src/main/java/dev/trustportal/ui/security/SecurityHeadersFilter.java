package dev.trustportal.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers that keep the portal's pages to themselves, on every response:
 *
 * <ul>
 *   <li>a Content-Security-Policy that Vaadin Flow works under: its client runs the scripts the
 *       server sends with {@code new Function} ({@code 'unsafe-eval'}) and its bootstrap page and
 *       Lumo themes are inline ({@code 'unsafe-inline'}); everything comes from the portal itself,
 *       nothing from elsewhere, no plugins, no {@code <base>} elsewhere, and no framing ({@code
 *       frame-ancestors 'none'});
 *   <li>{@code X-Frame-Options: DENY} for browsers older than frame-ancestors;
 *   <li>{@code X-Content-Type-Options: nosniff}, so an API answer is never run as a script;
 *   <li>{@code Referrer-Policy: same-origin}: URLs with organisation and repository names stay
 *       here;
 *   <li>HSTS when the client came over HTTPS (directly, or through a trusted proxy that says so);
 *   <li>{@code SameSite=Lax} on the session cookie, and {@code Secure} over HTTPS ({@link
 *       SessionCookieAttributes}).
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "frame-ancestors 'none'");
  static final String HSTS = "max-age=31536000";

  @Inject transient TrustedProxies proxies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    boolean https = proxies.clientOf(request).https();
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
    SessionCookieAttributes cookies =
        new SessionCookieAttributes(
            response, sessionCookie == null ? "JSESSIONID" : sessionCookie, https);
    chain.doFilter(request, cookies);
    cookies.rewrite();
  }
}
