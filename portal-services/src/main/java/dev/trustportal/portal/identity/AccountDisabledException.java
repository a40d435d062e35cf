package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/**
 * A disabled account tried to sign in (single sign-on), or is the target of a change it cannot
 * take.
 */
public final class AccountDisabledException extends PortalException {

  private static final long serialVersionUID = 1L;

  public AccountDisabledException(String username) {
    super(
        "account_disabled",
        "The account '" + username + "' is disabled; a platform admin can tell you why.",
        username);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
