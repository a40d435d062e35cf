package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;

/** The person is a member of the organisation already; change the role instead. */
public final class AlreadyMemberException extends PortalException {

  private static final long serialVersionUID = 1L;

  public AlreadyMemberException(String organisation, String username) {
    super(
        "already_member",
        "'"
            + username
            + "' is a member of '"
            + organisation
            + "' already: change the role instead.",
        username,
        organisation);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
