package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.SignInThrottle;
import dev.trustportal.portal.notaryauth.IssuedToken;
import dev.trustportal.portal.notaryauth.MalformedScopeException;
import dev.trustportal.portal.notaryauth.NotaryTokenService;
import dev.trustportal.portal.notaryauth.TokenServiceUnavailableException;
import dev.trustportal.portal.notaryauth.UnknownServiceException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm of notary-server's token authentication: {@code GET /service/token?service=…&scope=…},
 * with HTTP Basic credentials or none (notary-auth-storage §1). notary's CLI asks anonymously first
 * when it reads, so an anonymous request gets 200 and a token that grants nothing; notary-server
 * then answers {@code insufficient_scope} and the CLI asks again with its credentials. Wrong
 * credentials get 401 with a Basic challenge and the error body the CLI prints ("unauthorized: bad
 * credentials"), a malformed scope 400, and too many failed sign-ins 429 with {@code Retry-After}.
 * The authentication mechanism leaves this path alone ({@link #handles}) so that the throttle is
 * checked before any password is.
 */
@WebServlet(urlPatterns = NotaryTokenServlet.PATH)
public class NotaryTokenServlet extends HttpServlet {

  static final String PATH = "/service/token";
  static final String CHANNEL = "the notary token service";
  private static final String CHALLENGE = "Basic realm=\"Trust Portal notary token service\"";
  private static final Logger LOG = Logger.getLogger(NotaryTokenServlet.class.getName());
  private static final long serialVersionUID = 1L;

  @Inject transient NotaryTokenService tokens;
  @Inject transient RealmAuthentication authentication;
  @Inject transient SignInThrottle throttle;
  @Inject transient TrustedProxies proxies;
  @Inject transient SignInAudit signIns;

  static boolean handles(HttpServletRequest request) {
    return request.getRequestURI().equals(request.getContextPath() + PATH);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String authorization = request.getHeader("Authorization");
    Optional<RealmAuthentication.RealmCaller> caller = Optional.empty();
    if (authorization != null) {
      Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
      String claimed = credential.map(UsernamePasswordCredential::getCaller).orElse(null);
      String client = proxies.clientOf(request).address();
      Optional<Duration> wait = throttle.retryAfter(claimed, client);
      if (wait.isPresent()) {
        tooManyAttempts(response, wait.get());
        return;
      }
      caller = credential.flatMap(authentication::authenticate);
      if (caller.isEmpty()) {
        signIns.failed(credential.orElse(null), CHANNEL);
        throttle
            .failed(claimed, client)
            .ifPresent(pause -> signIns.throttled(claimed, client, CHANNEL, pause));
        badCredentials(response);
        return;
      }
      throttle.succeeded(claimed, client);
    }
    issue(request, response, caller);
  }

  private void issue(
      HttpServletRequest request,
      HttpServletResponse response,
      Optional<RealmAuthentication.RealmCaller> caller)
      throws IOException {
    String[] scopes = request.getParameterValues("scope");
    try {
      IssuedToken issued =
          tokens.issue(
              caller.map(RealmAuthentication.RealmCaller::username),
              caller.flatMap(RealmAuthentication.RealmCaller::token),
              request.getParameter("service"),
              scopes == null ? List.of() : List.of(scopes));
      write(
          response,
          HttpServletResponse.SC_OK,
          Json.createObjectBuilder()
              .add("token", issued.token())
              .add("access_token", issued.token())
              .add("expires_in", issued.expiresIn())
              .add("issued_at", issued.issuedAt().toString())
              .build());
    } catch (MalformedScopeException | UnknownServiceException e) {
      write(response, HttpServletResponse.SC_BAD_REQUEST, error("INVALID_REQUEST", e.getMessage()));
    } catch (TokenServiceUnavailableException e) {
      LOG.log(Level.SEVERE, e.getMessage(), e.getCause());
      write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          error("UNAVAILABLE", e.getMessage()));
    }
  }

  private static void badCredentials(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, error("UNAUTHORIZED", "bad credentials"));
  }

  private static void tooManyAttempts(HttpServletResponse response, Duration wait)
      throws IOException {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    response.setHeader("Retry-After", Long.toString(seconds));
    write(
        response,
        429,
        error(
            "TOOMANYREQUESTS",
            "too many failed sign-ins for this user from this client; try again in "
                + seconds
                + " seconds"));
  }

  /**
   * The error shape of the distribution token protocol, which notary's CLI prints as "code:
   * message".
   */
  private static JsonObject error(String code, String message) {
    return Json.createObjectBuilder()
        .add(
            "errors",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", code).add("message", message)))
        .build();
  }

  private static void write(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body.toString());
  }
}
