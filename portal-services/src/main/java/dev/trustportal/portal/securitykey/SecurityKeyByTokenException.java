package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/**
 * A caller who authenticated with an API token tried to register, remove or confirm a security key.
 * Refused whatever the token's scope: a leaked token must not give its finder a key that approves.
 */
public final class SecurityKeyByTokenException extends PortalException {

  private static final long serialVersionUID = 1L;

  SecurityKeyByTokenException() {
    super(
        "forbidden",
        "API tokens cannot register, remove or confirm security keys; sign in with your password"
            + " or single sign-on.");
  }

  @Override
  public String messageKey() {
    return "error.forbidden.security_key_by_token";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
