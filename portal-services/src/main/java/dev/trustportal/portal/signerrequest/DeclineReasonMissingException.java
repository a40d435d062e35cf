package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PortalException;

/** Declining without a reason: the requester should learn why. */
public final class DeclineReasonMissingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DeclineReasonMissingException() {
    super(
        "missing_reason",
        "Declining a signer request needs a reason, such as {\"reason\": \"use the team's CI"
            + " key\"}.");
  }

  @Override
  public String messageKey() {
    return "error.missing_reason.signer_request";
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
