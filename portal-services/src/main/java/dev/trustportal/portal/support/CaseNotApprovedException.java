package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** A case cannot be carried out before its approvals are complete. */
public final class CaseNotApprovedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseNotApprovedException(long id, int have, int need) {
    super(
        "case_not_approved",
        "Support case "
            + id
            + " has "
            + have
            + " of the "
            + need
            + " approvals it needs; it is carried out only once the support agent and the owners"
            + " approved it.",
        id,
        have,
        need);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
