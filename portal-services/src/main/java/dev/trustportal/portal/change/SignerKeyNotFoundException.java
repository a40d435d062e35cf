package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The signer has no key with that ID (neither in the role nor as canonical ID). */
public final class SignerKeyNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerKeyNotFoundException(String signer, String keyId) {
    super("not_found", "Signer '" + signer + "' has no key " + keyId + ".", signer, keyId);
  }

  @Override
  public String messageKey() {
    return "error.not_found.signer_key";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
