package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The signer has the key already (by its ID or the same public key in another form). */
public final class SignerKeyExistsException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerKeyExistsException(String signer, String keyId) {
    super(
        "duplicate_signer_key",
        "Signer '" + signer + "' has the key " + keyId + " already.",
        signer,
        keyId);
  }

  @Override
  public String messageKey() {
    return "error.duplicate_signer_key";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
