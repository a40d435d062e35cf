package dev.trustportal.portal.token;

import dev.trustportal.portal.common.PortalException;

/**
 * A caller who signed in with an API token tried to create or revoke tokens. Refused so that a
 * leaked token cannot mint itself successors, or wider ones, that outlive its revocation.
 */
public final class TokenMayNotManageTokensException extends PortalException {

  private static final long serialVersionUID = 1L;

  TokenMayNotManageTokensException() {
    super(
        "forbidden",
        "API tokens cannot create or revoke API tokens; sign in with your password or single"
            + " sign-on.");
  }

  @Override
  public String messageKey() {
    return "error.forbidden.token_by_token";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
