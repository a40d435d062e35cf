package dev.trustportal.ui.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.trustportal.portal.identity.AccountDisabledException;
import dev.trustportal.portal.identity.Caller;
import dev.trustportal.portal.sso.ExternalSignIn;
import dev.trustportal.portal.sso.SingleSignOnService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Validates an {@link IdTokenCredential} (the browser's sign-in) or an {@link
 * AccessTokenCredential} (a script's call of the REST API): verifies the token, then signs the
 * person in through {@link SingleSignOnService} (their account, created on the first sign-in, and
 * the memberships a claim grants). The caller's name is the portal username; its groups are the
 * account's platform roles. Other credentials are not its business.
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(OidcIdentityStore.class.getName());

  private final OidcProvider provider;
  private final OidcSettings settings;
  private final SingleSignOnService singleSignOn;

  @Inject
  OidcIdentityStore(
      OidcProvider provider, OidcSettings settings, SingleSignOnService singleSignOn) {
    this.provider = provider;
    this.settings = settings;
    this.singleSignOn = singleSignOn;
  }

  /** For the CDI client proxy only. */
  protected OidcIdentityStore() {
    this(null, null, null);
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    JWTClaimsSet claims;
    try {
      if (credential instanceof IdTokenCredential token) {
        claims = provider.verify(token.idToken(), token.nonce());
      } else if (credential instanceof AccessTokenCredential token && settings.enabled()) {
        claims = provider.verifyAccessToken(token.accessToken());
      } else {
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
      }
    } catch (InvalidIdTokenException refused) {
      LOG.warning(() -> "Single sign-on refused: " + refused.getMessage());
      return CredentialValidationResult.INVALID_RESULT;
    }
    Caller caller;
    try {
      caller = singleSignOn.signIn(signIn(claims));
    } catch (AccountDisabledException disabled) {
      LOG.warning(() -> "Single sign-on refused: " + disabled.getMessage());
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(caller.username(), caller.roles());
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }

  private ExternalSignIn signIn(JWTClaimsSet claims) {
    return new ExternalSignIn(
        claims.getIssuer(),
        claims.getSubject(),
        text(claims, "preferred_username"),
        name(claims),
        text(claims, "email"),
        MembershipClaimReader.read(claims, settings.config()));
  }

  private static String name(JWTClaimsSet claims) {
    String name = text(claims, "name");
    if (name != null) {
      return name;
    }
    String given = text(claims, "given_name");
    String family = text(claims, "family_name");
    return given == null ? family : family == null ? given : given + " " + family;
  }

  private static String text(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
