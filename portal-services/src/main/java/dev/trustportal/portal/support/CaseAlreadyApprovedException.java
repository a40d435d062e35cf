package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** The caller's approval of the case is counted already; each person counts once. */
public final class CaseAlreadyApprovedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseAlreadyApprovedException(long id, String username) {
    super(
        "already_approved",
        "You ("
            + username
            + ") have approved support case "
            + id
            + " already; another person must approve.",
        id,
        username);
  }

  @Override
  public String messageKey() {
    return "error.already_approved.support_case";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
