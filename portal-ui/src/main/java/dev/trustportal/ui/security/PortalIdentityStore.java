package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.ui.security.oidc.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates usernames and passwords against the portal's local accounts. The caller's roles become
 * its groups; Payara's default principal-to-role mapping then turns each group into the role of the
 * same name. With single sign-on switched on, only the break-glass platform admin ({@value
 * #BREAK_GLASS}) may still sign in with a password: everybody else signs in through the provider.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  static final String BREAK_GLASS = "admin";

  private final AccountService accounts;
  private final OidcSettings singleSignOn;

  @Inject
  PortalIdentityStore(AccountService accounts, OidcSettings singleSignOn) {
    this.accounts = accounts;
    this.singleSignOn = singleSignOn;
  }

  /** For the CDI client proxy only. */
  protected PortalIdentityStore() {
    this(null, null);
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (singleSignOn.enabled() && !BREAK_GLASS.equals(password.getCaller())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return accounts
        .verify(password.getCaller(), password.getPassword().getValue())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
