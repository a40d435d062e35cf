package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PortalException;

/** The request was accepted or declined already; it is decided once. */
public final class SignerRequestDecidedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerRequestDecidedException(long id, SignerRequestState state) {
    super(
        "signer_request_decided",
        "Signer request "
            + id
            + " is "
            + state
            + " already; only a PENDING request"
            + " can be accepted or declined.",
        id,
        state.name());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
