package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/**
 * A number of approvals below what the type allows (below 0, or below 1 where the root key is
 * used).
 */
public final class InvalidApprovalsException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidApprovalsException(ApprovableType type, int approvals) {
    super(
        "invalid_approvals",
        approvals
            + " approvals is not valid for "
            + type.name()
            + " changes: use "
            + type.minimumApprovals()
            + " or more"
            + (type.minimumApprovals() == 0
                ? " (0 publishes at once)."
                : " (changes that use the root key always need an owner)."),
        approvals);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
