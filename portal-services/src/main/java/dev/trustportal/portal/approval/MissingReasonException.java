package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** A rejection without a reason: the requester should learn why. */
public final class MissingReasonException extends PortalException {

  private static final long serialVersionUID = 1L;

  public MissingReasonException() {
    super(
        "missing_reason",
        "A rejection needs a reason, such as {\"reason\": \"the key is not the team's\"}.");
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
