package dev.trustportal.ui.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a request that would change something came from a page of another site (pure, no I/O). A
 * browser sends the session cookie (and cached Basic credentials) with a form POST from any site;
 * what it cannot forge is {@code Origin} and {@code Sec-Fetch-Site} (Fetch Metadata). So a
 * state-changing call is refused when either names another site, unless the deployment names that
 * origin as its own. A client that sends neither (curl, the notary CLI, scripts) is no browser and
 * is not affected; nor is a bearer token, which no browser adds by itself.
 */
final class CrossSiteRequests {

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> FOREIGN_FETCH = Set.of("cross-site", "same-site");

  private CrossSiteRequests() {}

  /**
   * Why the request is refused, or empty.
   *
   * @param ownOrigin the portal's origin as this request reached it, such as {@code
   *     https://portal.example}
   * @param allowedOrigins further origins of the deployment's own pages
   */
  static Optional<String> refusal(
      String method,
      String authorization,
      String origin,
      String fetchSite,
      String ownOrigin,
      Set<String> allowedOrigins) {
    if (READING.contains(method.toUpperCase(Locale.ROOT)) || BearerToken.isBearer(authorization)) {
      return Optional.empty();
    }
    boolean knownOrigin =
        origin != null && (origin.equalsIgnoreCase(ownOrigin) || allowedOrigins.contains(origin));
    if (origin != null && !knownOrigin) {
      return Optional.of(
          "This request comes from a page of another site (its Origin is not the portal's); the"
              + " portal accepts changes only from its own pages or from API clients.");
    }
    if (fetchSite != null
        && FOREIGN_FETCH.contains(fetchSite.toLowerCase(Locale.ROOT))
        && !knownOrigin) {
      return Optional.of(
          "This request comes from a page of another site (Sec-Fetch-Site says so); the portal"
              + " accepts changes only from its own pages or from API clients.");
    }
    return Optional.empty();
  }
}
