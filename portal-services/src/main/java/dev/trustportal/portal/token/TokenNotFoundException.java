package dev.trustportal.portal.token;

import dev.trustportal.portal.common.PortalException;

/** No token with this ID among the caller's (or the organisation's robot) tokens. */
public final class TokenNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  TokenNotFoundException(long id) {
    super("not_found", "There is no API token " + id + " here.", id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.token";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
