package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** The change of the approval policy is no longer waiting for approval. */
public final class PolicyChangeNotPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public PolicyChangeNotPendingException(long id, PolicyChangeState state) {
    super(
        "policy_change_not_pending",
        "Policy change " + id + " is " + state + ", no longer waiting for approval.",
        id,
        state.name());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
