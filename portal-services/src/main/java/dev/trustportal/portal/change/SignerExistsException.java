package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The repository has a signer of that name already. */
public final class SignerExistsException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerExistsException(String signer) {
    super(
        "duplicate_signer",
        "The repository has a signer named '"
            + signer
            + "' already: choose another name, or add the key to that signer.",
        signer);
  }

  @Override
  public String messageKey() {
    return "error.duplicate_signer";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
