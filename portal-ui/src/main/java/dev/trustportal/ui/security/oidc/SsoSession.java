package dev.trustportal.ui.security.oidc;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * What single sign-on keeps in the HTTP session, and the portal URLs the provider sends the browser
 * back to: the sign-in under way, and after it the ID token, which logout hands back to the
 * provider as {@code id_token_hint}.
 */
final class SsoSession {

  static final String CALLBACK_PATH = "/sso/callback";
  private static final String PENDING = SsoSession.class.getName() + ".pending";
  private static final String ID_TOKEN = SsoSession.class.getName() + ".idToken";

  private SsoSession() {}

  static void begin(HttpSession session, PendingSignIn pending) {
    session.setAttribute(PENDING, pending);
  }

  /** The sign-in under way, removed: a callback is good once. */
  static Optional<PendingSignIn> takePending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    session.removeAttribute(PENDING);
    return Optional.of(pending);
  }

  static void signedIn(HttpSession session, String idToken, OidcConfig config) {
    session.setAttribute(ID_TOKEN, idToken);
    session.setMaxInactiveInterval((int) config.sessionTimeout().toSeconds());
  }

  static Optional<String> idToken(HttpSession session) {
    return session != null && session.getAttribute(ID_TOKEN) instanceof String token
        ? Optional.of(token)
        : Optional.empty();
  }

  /**
   * The view the person wanted before the sign-in page interrupted them, as Vaadin's navigation
   * access control noted it: a path inside the portal, never an address elsewhere.
   */
  static String returnPath(HttpSession session) {
    Object noted =
        session == null
            ? null
            : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    String path = noted instanceof String text ? text : "";
    boolean inside =
        !path.startsWith("/")
            && !path.contains(":")
            && !path.contains("\\")
            && !path.startsWith("login");
    return inside ? path : "";
  }

  /** The portal's base URL: configured, or the one the browser used. */
  static URI portalUrl(HttpServletRequest request, OidcConfig config) {
    return config
        .portalUrl()
        .orElseGet(
            () ->
                URI.create(
                    request.getScheme()
                        + "://"
                        + request.getServerName()
                        + ":"
                        + request.getServerPort()
                        + request.getContextPath()));
  }

  static URI callbackUrl(HttpServletRequest request, OidcConfig config) {
    return URI.create(portalUrl(request, config) + CALLBACK_PATH);
  }
}
