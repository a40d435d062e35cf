package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PortalException;

/** A state filter that is no state of a signer request. */
public final class InvalidSignerRequestStateException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidSignerRequestStateException(String state) {
    super(
        "invalid_state",
        "'" + state + "' is no state of a signer request: use PENDING, ACCEPTED or DECLINED.",
        String.valueOf(state));
  }

  @Override
  public String messageKey() {
    return "error.invalid_state.signer_request";
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
