package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One mechanism for the two kinds of client. With {@code @AutoApplySession} a signed-in session is
 * recognised before this code runs, so {@link #validateRequest} only sees requests without one:
 *
 * <ol>
 *   <li>HTTP Basic credentials (REST clients): validate; a failure on the API is a JSON 401;
 *   <li>a programmatic login ({@code SecurityContext.authenticate} from the login view): validate
 *       the credential it carries;
 *   <li>an API request without credentials: JSON 401 with a Basic challenge;
 *   <li>anything else: let it through anonymously; Vaadin's navigation access control sends the
 *       browser to the login view where a view needs a signed-in user.
 * </ol>
 *
 * <p>Every validation of a credential is a sign-in attempt and goes to the audit log ({@link
 * SignInAudit}).
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  private final IdentityStoreHandler identityStores;
  private final SignInAudit signIns;

  @Inject
  PortalAuthenticationMechanism(IdentityStoreHandler identityStores, SignInAudit signIns) {
    this.identityStores = identityStores;
    this.signIns = signIns;
  }

  /** For the CDI client proxy only. */
  protected PortalAuthenticationMechanism() {
    this(null, null);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String authorization = request.getHeader("Authorization");
    if (BasicCredentials.isBasic(authorization)) {
      return basic(authorization, request, response, context);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return programmatic(credential, context);
    }
    if (ApiUnauthorized.isApiRequest(request)) {
      return unauthorized(response, "Sign in with HTTP Basic authentication.");
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
    CredentialValidationResult result =
        credential.map(identityStores::validate).orElse(CredentialValidationResult.INVALID_RESULT);
    signIns.attempted(credential.orElse(null), result, SignInAudit.BASIC);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    if (ApiUnauthorized.isApiRequest(request)) {
      return unauthorized(response, "The username or password is not correct.");
    }
    return context.responseUnauthorized();
  }

  /**
   * A failed programmatic login answers NOT_DONE rather than SEND_FAILURE on purpose: the request is
   * a Vaadin round trip whose response must stay intact; the login view reports the failure itself.
   */
  private AuthenticationStatus programmatic(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    signIns.attempted(credential, result, SignInAudit.FORM);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return context.doNothing();
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
