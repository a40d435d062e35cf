package dev.trustportal.portal.tenancy;

import dev.trustportal.portal.common.PortalException;

/**
 * A caller who signed in with an API token tried one of the platform's calls on organisations.
 * Tokens act inside the organisations they name; what crosses organisations needs the person.
 */
public final class PlatformCallByTokenException extends PortalException {

  private static final long serialVersionUID = 1L;

  PlatformCallByTokenException() {
    super(
        "forbidden",
        "API tokens cannot create organisations or list all of them; sign in with your password"
            + " or single sign-on.");
  }

  @Override
  public String messageKey() {
    return "error.forbidden.platform_by_token";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
