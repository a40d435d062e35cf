package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** A policy or an AAGUID a platform admin cannot set. */
public final class InvalidAttestationPolicyException extends PortalException {

  private static final long serialVersionUID = 1L;

  private InvalidAttestationPolicyException(String message, String value) {
    super("invalid_attestation_policy", message, value);
  }

  static InvalidAttestationPolicyException policy(String value) {
    return new InvalidAttestationPolicyException(
        "'"
            + value
            + "' is no attestation policy to set: use ANY_FIDO2 (any maker's key whose attestation"
            + " chains to a configured root) or YUBIKEY_ONLY (only the allowed AAGUIDs).",
        value);
  }

  static InvalidAttestationPolicyException aaguid(String value) {
    return new InvalidAttestationPolicyException(
        "'"
            + value
            + "' is not an AAGUID: expected a UUID such as"
            + " cb69481e-8ff7-4039-93ec-0a2729a154a8.",
        value);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
