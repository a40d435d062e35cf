package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;

/** The person is not a member of the organisation. */
public final class MemberNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  MemberNotFoundException(String organisation, String username) {
    super(
        "not_found",
        "'" + username + "' is not a member of '" + organisation + "'.",
        username,
        organisation);
  }

  @Override
  public String messageKey() {
    return "error.not_found.member";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
