package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The repository has no signer of that name. */
public final class SignerNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerNotFoundException(String signer) {
    super("not_found", "The repository has no signer named '" + signer + "'.", signer);
  }

  @Override
  public String messageKey() {
    return "error.not_found.signer";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
