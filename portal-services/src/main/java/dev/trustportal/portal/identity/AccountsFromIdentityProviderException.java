package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** Local accounts cannot be created while single sign-on is configured. */
public final class AccountsFromIdentityProviderException extends PortalException {

  private static final long serialVersionUID = 1L;

  AccountsFromIdentityProviderException() {
    super(
        "accounts_from_identity_provider",
        "Accounts come from the identity provider (Keycloak) on this platform: a person's account"
            + " is created at their first sign-in. Create the person there instead.");
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
