package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PortalException;

/** A password change for an account that signs in through the identity provider only. */
public final class NoLocalPasswordException extends PortalException {

  private static final long serialVersionUID = 1L;

  NoLocalPasswordException(String username) {
    super(
        "no_local_password",
        "'"
            + username
            + "' signs in through the identity provider and has no password here; change it there.",
        username);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
