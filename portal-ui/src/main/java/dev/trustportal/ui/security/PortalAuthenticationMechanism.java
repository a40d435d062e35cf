package dev.trustportal.ui.security;

import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.SessionSignIn;
import dev.trustportal.portal.identity.SignInThrottle;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.TokenRefusal;
import dev.trustportal.portal.token.TokenSecret;
import dev.trustportal.portal.token.TokenVerdict;
import dev.trustportal.ui.security.oidc.AccessTokenCredential;
import dev.trustportal.ui.security.oidc.OidcSettings;
import dev.trustportal.ui.security.oidc.OidcUnavailableException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for the two kinds of client:
 *
 * <ol>
 *   <li>a programmatic login ({@code SecurityContext.authenticate} from the login view): validate
 *       the credential it carries and register an HTTP session for the browser;
 *   <li>a request of a signed-in browser session: the container restored its caller; accept it;
 *   <li>an API token ({@code Authorization: Bearer tp_...}, or as the password of HTTP Basic with
 *       the token's username, for clients such as notary that speak only Basic) on the REST API or
 *       the notary token service ({@code /service/}): verify, statelessly, and leave it for {@link
 *       TokenScopeFilter}, which holds the request to the token's scope; the caller gets no groups,
 *       so a token never acts as a platform admin; a refusal is a JSON 401 that says why;
 *   <li>HTTP Basic credentials (REST clients): validate, statelessly: no HTTP session is created
 *       and the credentials are checked again on the next call; a failure on the API is a JSON 401;
 *   <li>an API request without credentials: JSON 401 with a Basic challenge;
 *   <li>the notary token endpoint: let it through; {@link NotaryTokenServlet} authenticates itself;
 *   <li>anything else: let it through anonymously; Vaadin's navigation access control sends the
 *       browser to the login view where a view needs a signed-in user.
 * </ol>
 *
 * <p>Every password check (Basic, the sign-in form) asks {@link SignInThrottle} first: a client
 * that guessed wrong too often for an account waits (429 with Retry-After; the form says so), and
 * nothing is checked meanwhile. A session is continued only while nothing ended the account's
 * sessions since it signed in (disabled, password or platform roles changed: {@link
 * AccountService#sessionStillValid}).
 *
 * <p>Sign-ins go to the audit log ({@link SignInAudit}): every failed attempt, and every successful
 * sign-in that starts a session. A successful Basic call starts nothing, so recording it would only
 * flood the chain with one event per API call. (This is what {@code @AutoApplySession} would do for
 * every mechanism; it is done by hand so that Basic stays stateless.)
 */
@ApplicationScoped
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  private final IdentityStoreHandler identityStores;
  private final SignInAudit signIns;
  private final ApiTokenService tokens;
  private final OidcSettings singleSignOn;
  private final SignInThrottle throttle;
  private final TrustedProxies proxies;
  private final AccountService accounts;

  /**
   * The request attribute by which a paused sign-in tells the form how long to wait (a Duration).
   */
  static final String PAUSED = SignInThrottle.class.getName();

  @Inject
  PortalAuthenticationMechanism(
      IdentityStoreHandler identityStores,
      SignInAudit signIns,
      ApiTokenService tokens,
      OidcSettings singleSignOn,
      SignInThrottle throttle,
      TrustedProxies proxies,
      AccountService accounts) {
    this.identityStores = identityStores;
    this.signIns = signIns;
    this.tokens = tokens;
    this.singleSignOn = singleSignOn;
    this.throttle = throttle;
    this.proxies = proxies;
    this.accounts = accounts;
  }

  /** For the CDI client proxy only. */
  protected PortalAuthenticationMechanism() {
    this(null, null, null, null, null, null, null);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return programmatic(credential, request, context);
    }
    if (NotaryTokenServlet.handles(request)) {
      return context.doNothing(); // it authenticates itself, behind its own throttle
    }
    Principal sessionCaller = request.getUserPrincipal();
    if (sessionCaller != null) {
      if (!sessionStillValid(request, sessionCaller.getName())) {
        return endedSession(request, response, context);
      }
      return continueSession(sessionCaller, context);
    }
    String authorization = request.getHeader("Authorization");
    boolean tokensCount = ApiUnauthorized.acceptsTokens(request);
    if (BearerToken.isBearer(authorization) && tokensCount) {
      String presented = BearerToken.parse(authorization).orElse("");
      if (TokenSecret.parse(presented).isEmpty() && singleSignOn.enabled()) {
        return accessToken(presented, response, context);
      }
      return token(Optional.empty(), presented, request, response, context);
    }
    if (BasicCredentials.isBasic(authorization)) {
      Optional<UsernamePasswordCredential> tokenAsPassword =
          BasicCredentials.parse(authorization)
              .filter(basic -> TokenSecret.parse(basic.getPasswordAsString()).isPresent());
      if (tokenAsPassword.isPresent() && tokensCount) {
        UsernamePasswordCredential basic = tokenAsPassword.get();
        return token(
            Optional.of(basic.getCaller()),
            basic.getPasswordAsString(),
            request,
            response,
            context);
      }
      return basic(authorization, request, response, context);
    }
    if (ApiUnauthorized.isApiRequest(request)) {
      return unauthorized(
          response,
          "Sign in with HTTP Basic authentication or an API token (Authorization: Bearer tp_...).");
    }
    return context.doNothing();
  }

  /**
   * An API token: the caller becomes the token's principal with no groups, and the token goes to
   * {@link TokenScopeFilter} in a request attribute. No session: the next call brings it again, and
   * so a revoked token is refused from the next call on.
   */
  private AuthenticationStatus token(
      Optional<String> username,
      String presented,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    TokenVerdict verdict =
        username.isPresent() ? tokens.verify(username.get(), presented) : tokens.verify(presented);
    if (verdict.authentication().isPresent()) {
      TokenAuthentication token = verdict.authentication().get();
      request.setAttribute(TokenScopeFilter.ATTRIBUTE, token);
      return context.notifyContainerAboutLogin(token.principal(), Set.of());
    }
    TokenRefusal refusal = verdict.refusal().orElse(TokenRefusal.NOT_VALID);
    String tokenId =
        TokenSecret.parse(presented)
            .map(secret -> "token " + secret.id())
            .orElse("malformed token");
    signIns.tokenRefused(tokenId, username.orElse(null), refusal.message());
    return unauthorized(response, refusal.message());
  }

  /**
   * An access token of the identity provider (single sign-on on): the person it names, signed in as
   * on the browser's first sign-in, statelessly. If the provider cannot be reached to learn its
   * keys, the client is told so; the portal's own API tokens keep working meanwhile.
   */
  private AuthenticationStatus accessToken(
      String presented, HttpServletResponse response, HttpMessageContext context) {
    CredentialValidationResult result;
    try {
      result = identityStores.validate(new AccessTokenCredential(presented));
    } catch (RuntimeException e) {
      if (!providerUnreachable(e)) {
        throw e;
      }
      return failure(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "identity_provider_unavailable",
          "The identity provider cannot be reached to check this access token; try again later, or"
              + " use an API token of the portal (tp_...), which keeps working.");
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    signIns.failed(null, AccessTokenCredential.CHANNEL);
    return unauthorized(
        response,
        "The access token is not valid for this portal: it must be a current access"
            + " token of the configured identity provider, issued to the portal's client.");
  }

  private AuthenticationStatus basic(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
    String username = credential.map(UsernamePasswordCredential::getCaller).orElse(null);
    String client = proxies.clientOf(request).address();
    Optional<Duration> wait = throttle.retryAfter(username, client);
    if (wait.isPresent()) {
      response.setHeader("Retry-After", Long.toString(seconds(wait.get())));
      return failure(
          response,
          429,
          "too_many_attempts",
          "Too many failed sign-ins for this account from this"
              + " client: try again in "
              + seconds(wait.get())
              + " seconds.");
    }
    CredentialValidationResult result =
        credential.map(identityStores::validate).orElse(CredentialValidationResult.INVALID_RESULT);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(username, client);
      // No session is registered: the next call brings its credentials again.
      return context.notifyContainerAboutLogin(result);
    }
    signIns.failed(credential.orElse(null), SignInAudit.BASIC);
    countFailure(username, client, SignInAudit.BASIC);
    if (ApiUnauthorized.isApiRequest(request)) {
      return unauthorized(response, "The username or password is not correct.");
    }
    return context.responseUnauthorized();
  }

  /**
   * A failed programmatic login answers NOT_DONE rather than SEND_FAILURE on purpose: the request
   * is a Vaadin round trip whose response must stay intact; the login view reports the failure
   * itself.
   */
  private AuthenticationStatus programmatic(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    Optional<String> username =
        credential instanceof UsernamePasswordCredential password
            ? Optional.of(password.getCaller())
            : Optional.empty();
    String client = proxies.clientOf(request).address();
    Optional<Duration> wait = username.flatMap(name -> throttle.retryAfter(name, client));
    if (wait.isPresent()) {
      request.setAttribute(PAUSED, wait.get());
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    String channel = SignInAudit.channel(credential, SignInAudit.FORM);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      signIns.failed(credential, channel);
      username.ifPresent(name -> countFailure(name, client, channel));
      return context.doNothing();
    }
    username.ifPresent(name -> throttle.succeeded(name, client));
    signIns.succeeded(result.getCallerPrincipal().getName(), channel);
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    request.getSession(true).setAttribute(SessionSignIn.ATTRIBUTE, Instant.now());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A failed password check counts against the account from this client; a burst is audited once.
   */
  private void countFailure(String username, String client, String channel) {
    throttle
        .failed(username, client)
        .ifPresent(pause -> signIns.throttled(username, client, channel, pause));
  }

  /**
   * Whether nothing ended the account's sessions since this one signed in (sessions from before:
   * never).
   */
  private boolean sessionStillValid(HttpServletRequest request, String username) {
    HttpSession session = request.getSession(false);
    Object signedInAt = session == null ? null : session.getAttribute(SessionSignIn.ATTRIBUTE);
    return accounts.sessionStillValid(
        username, signedInAt instanceof Instant at ? at : Instant.EPOCH);
  }

  /**
   * The session is over: it is invalidated; an API call gets 401, a page is served as to anyone
   * signed out (Vaadin then sends the browser to the sign-in view).
   */
  private static AuthenticationStatus endedSession(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (ApiUnauthorized.isApiRequest(request)) {
      return unauthorized(
          response,
          "This session has ended: the account was disabled, or its password or"
              + " platform roles changed. Sign in again.");
    }
    return context.doNothing();
  }

  static long seconds(Duration wait) {
    return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
  }

  /**
   * The container restored the caller of a registered session; passing it on is what
   * {@code @AutoApplySession} does (Jakarta Security 3.0, §3.2.4). The groups come back with the
   * session.
   */
  private static AuthenticationStatus continueSession(Principal caller, HttpMessageContext context)
      throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException("Could not continue the signed-in session", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  /** The identity store handler may hand the store's exception on wrapped. */
  private static boolean providerUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OidcUnavailableException) {
        return true;
      }
    }
    return false;
  }

  private static AuthenticationStatus failure(
      HttpServletResponse response, int status, String code, String message) {
    try {
      ApiUnauthorized.send(response, status, code, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
    try {
      ApiUnauthorized.send(response, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
