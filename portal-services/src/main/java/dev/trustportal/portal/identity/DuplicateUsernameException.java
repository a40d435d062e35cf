package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** An account with the requested username exists already. */
public final class DuplicateUsernameException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateUsernameException(String username) {
    super(
        "duplicate_username",
        "An account named '" + username + "' exists already: choose another username.",
        username);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
