package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PortalException;

/** No signer request with that ID in the organisation, or one the caller may not see. */
public final class SignerRequestNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerRequestNotFoundException(long id) {
    super("not_found", "There is no signer request " + id + ".", id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.signer_request";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
