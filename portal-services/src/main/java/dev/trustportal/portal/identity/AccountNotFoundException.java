package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** No account has the given username. */
public final class AccountNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public AccountNotFoundException(String username) {
    super("not_found", "There is no account named '" + username + "'.", username);
  }

  @Override
  public String messageKey() {
    return "error.not_found.account";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
