package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.TokenSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;

/**
 * Who the HTTP Basic credentials sent to the notary token endpoint prove the caller to be. This is
 * the one place the token endpoint authenticates: an API token as the password (notary clients
 * speak only Basic), checked with its username; otherwise a local password through the identity
 * stores (so the single sign-on rule of {@link PortalIdentityStore} holds here too).
 */
@ApplicationScoped
class RealmAuthentication {

  /** A proven caller, and the API token that proved it, whose scope bounds what it is granted. */
  record RealmCaller(String username, Optional<TokenAuthentication> token) {}

  private final IdentityStoreHandler identityStores;
  private final ApiTokenService tokens;

  @Inject
  RealmAuthentication(IdentityStoreHandler identityStores, ApiTokenService tokens) {
    this.identityStores = identityStores;
    this.tokens = tokens;
  }

  /** For the CDI client proxy only. */
  protected RealmAuthentication() {
    this(null, null);
  }

  /** Who the credential proves, or empty when it proves nothing. */
  Optional<RealmCaller> authenticate(UsernamePasswordCredential credential) {
    String password = credential.getPasswordAsString();
    if (TokenSecret.parse(password).isPresent()) {
      return tokens
          .authenticate(credential.getCaller(), password)
          .map(token -> new RealmCaller(token.principal(), Optional.of(token)));
    }
    CredentialValidationResult result = identityStores.validate(credential);
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? Optional.of(new RealmCaller(result.getCallerPrincipal().getName(), Optional.empty()))
        : Optional.empty();
  }
}
