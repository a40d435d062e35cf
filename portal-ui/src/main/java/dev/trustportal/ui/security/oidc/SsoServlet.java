package dev.trustportal.ui.security.oidc;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The authorization code flow with PKCE, in two requests of the browser:
 *
 * <ol>
 *   <li>{@code GET /sso/login}: remember a new {@link PendingSignIn} in the session and redirect to
 *       the provider's authorization endpoint;
 *   <li>{@code GET /sso/callback?code&state}: check the state, exchange the code with the PKCE
 *       verifier, and sign in through Jakarta Security ({@code SecurityContext.authenticate} with
 *       an {@link IdTokenCredential}, which the portal's authentication mechanism hands to {@link
 *       OidcIdentityStore}); on success change the session id, keep the ID token for logout, apply
 *       the session timeout and go to the view the person wanted.
 * </ol>
 *
 * Every failure sends the browser to the sign-in page with a reason ({@code /login?sso=...}), which
 * says what happened instead of starting another round trip.
 */
@WebServlet(urlPatterns = {SsoServlet.LOGIN_PATH, SsoSession.CALLBACK_PATH})
public class SsoServlet extends HttpServlet {

  public static final String LOGIN_PATH = "/sso/login";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

  @Inject transient OidcSettings settings;
  @Inject transient OidcProvider provider;
  @Inject transient SecurityContext securityContext;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!settings.enabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (LOGIN_PATH.equals(request.getServletPath())) {
      begin(request, response);
    } else {
      finish(request, response);
    }
  }

  private void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    HttpSession session = request.getSession(true);
    PendingSignIn pending = PendingSignIn.start(SsoSession.returnPath(session));
    try {
      String authorization =
          provider
              .authorizationRequest(pending, SsoSession.callbackUrl(request, settings.config()))
              .toString();
      SsoSession.begin(session, pending);
      response.sendRedirect(authorization);
    } catch (OidcUnavailableException unavailable) {
      LOG.warning(() -> "Single sign-on is not available: " + unavailable.getMessage());
      fail(request, response, SignInFailure.UNAVAILABLE);
    }
  }

  private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<PendingSignIn> pending = SsoSession.takePending(request);
    if (pending.isEmpty() || !pending.get().matches(request.getParameter("state"))) {
      LOG.warning("A single sign-on callback without a matching sign-in in this session: ignored.");
      fail(request, response, SignInFailure.EXPIRED);
      return;
    }
    String code = request.getParameter("code");
    if (request.getParameter("error") != null || code == null) {
      LOG.warning(
          () ->
              "The provider did not sign the person in: "
                  + request.getParameter("error")
                  + " "
                  + Optional.ofNullable(request.getParameter("error_description")).orElse(""));
      fail(request, response, SignInFailure.REFUSED);
      return;
    }
    try {
      signIn(request, response, pending.get(), code);
    } catch (OidcUnavailableException unavailable) {
      LOG.warning(() -> "Single sign-on failed: " + unavailable.getMessage());
      fail(request, response, SignInFailure.UNAVAILABLE);
    }
  }

  private void signIn(
      HttpServletRequest request, HttpServletResponse response, PendingSignIn pending, String code)
      throws IOException {
    OidcConfig config = settings.config();
    String idToken =
        provider.exchange(code, pending.codeVerifier(), SsoSession.callbackUrl(request, config));
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new IdTokenCredential(idToken, pending.nonce()))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      fail(request, response, SignInFailure.REFUSED);
      return;
    }
    // A new session id for the signed-in session: an id planted before sign-in is worth nothing.
    request.changeSessionId();
    SsoSession.signedIn(request.getSession(), idToken, config);
    response.sendRedirect(request.getContextPath() + "/" + pending.returnPath());
  }

  private static void fail(
      HttpServletRequest request, HttpServletResponse response, SignInFailure failure)
      throws IOException {
    response.sendRedirect(
        request.getContextPath() + "/login?" + SignInFailure.PARAMETER + "=" + failure.code());
  }
}
