package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** An organisation's key requirement that is neither {@code ANY_FIDO2} nor {@code YUBIKEY_ONLY}. */
public final class InvalidRequiredKeysException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidRequiredKeysException(String given) {
    super(
        "invalid_required_keys",
        "'"
            + given
            + "' is not a key requirement: use ANY_FIDO2 (every key the platform"
            + " accepts) or YUBIKEY_ONLY (verified YubiKeys only).",
        String.valueOf(given));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
