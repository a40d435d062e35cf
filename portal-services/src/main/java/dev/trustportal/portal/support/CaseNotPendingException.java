package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** An approval of a case that no longer awaits approvals. */
public final class CaseNotPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseNotPendingException(long id, CaseState state) {
    super(
        "case_not_pending",
        "Support case " + id + " is " + state + "; only a case awaiting approval is approved.",
        id,
        state.name());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
