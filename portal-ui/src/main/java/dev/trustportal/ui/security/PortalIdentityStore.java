package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates usernames and passwords against the portal's local accounts. The caller's roles become
 * its groups; Payara's default principal-to-role mapping then turns each group into the role of the
 * same name.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  private final AccountService accounts;

  @Inject
  PortalIdentityStore(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For the CDI client proxy only. */
  protected PortalIdentityStore() {
    this(null);
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verify(password.getCaller(), password.getPassword().getValue())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
