package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/**
 * The caller is neither the agent who opened the case nor one of those who approve it for the
 * organisation.
 */
public final class CaseApprovalNotAllowedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseApprovalNotAllowedException(long id, String needed) {
    super(
        "case_approval_not_allowed",
        "Support case "
            + id
            + " is approved by the support agent who opened it and by "
            + needed
            + "; you are neither.",
        id,
        needed);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
