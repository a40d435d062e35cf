package dev.trustportal.ui.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where the browser goes when a person signs out. After a single sign-on it is the provider's
 * end-session endpoint with the ID token as {@code id_token_hint} and the portal as {@code
 * post_logout_redirect_uri}: the provider ends its own session too, so the next sign-in asks for
 * credentials again instead of returning the person at once. Otherwise, and when the provider
 * cannot be reached, it is the sign-in page.
 */
@ApplicationScoped
public class SignOut {

  private final OidcSettings settings;
  private final OidcProvider provider;

  @Inject
  SignOut(OidcSettings settings, OidcProvider provider) {
    this.settings = settings;
    this.provider = provider;
  }

  /** For the CDI client proxy only. */
  protected SignOut() {
    this(null, null);
  }

  /** Call before the session ends: it reads the ID token from the session. */
  public String locationAfterSignOut(HttpServletRequest request) {
    String signInPage = request.getContextPath() + "/login";
    if (!settings.enabled()) {
      return signInPage;
    }
    try {
      URI portal = SsoSession.portalUrl(request, settings.config());
      return SsoSession.idToken(request.getSession(false))
          .flatMap(idToken -> provider.endSession(idToken, URI.create(portal + "/")))
          .map(URI::toString)
          .orElse(signInPage);
    } catch (OidcUnavailableException misconfigured) {
      return signInPage;
    }
  }
}
