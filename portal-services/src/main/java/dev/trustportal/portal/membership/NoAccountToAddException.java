package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;

/**
 * No account of this username can be added as a member: there is none, or it is disabled. One
 * answer for both, so that adding members tells no one which usernames exist.
 */
public final class NoAccountToAddException extends PortalException {

  private static final long serialVersionUID = 1L;

  public NoAccountToAddException(String username) {
    super(
        "not_found",
        "No account named '"
            + username
            + "' can be added as a member: check the username with"
            + " the person (it is the name they sign in with).",
        username);
  }

  @Override
  public String messageKey() {
    return "error.not_found.account_to_add";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
