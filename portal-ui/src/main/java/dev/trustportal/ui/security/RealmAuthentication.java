package dev.trustportal.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;

/**
 * Who the HTTP Basic credentials sent to the notary token endpoint prove the caller to be. This is the
 * one place the token endpoint authenticates: today a local password through the identity stores (so
 * the single sign-on rule of {@link PortalIdentityStore} holds here too); a presented API token secret
 * is checked here as well once API tokens exist.
 */
@ApplicationScoped
class RealmAuthentication {

  private final IdentityStoreHandler identityStores;

  @Inject
  RealmAuthentication(IdentityStoreHandler identityStores) {
    this.identityStores = identityStores;
  }

  /** For the CDI client proxy only. */
  protected RealmAuthentication() {
    this(null);
  }

  /** The username the credential proves, or empty when it proves nothing. */
  Optional<String> authenticate(UsernamePasswordCredential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? Optional.of(result.getCallerPrincipal().getName())
        : Optional.empty();
  }
}
