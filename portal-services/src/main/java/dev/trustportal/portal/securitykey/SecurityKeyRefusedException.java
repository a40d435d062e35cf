package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.util.Locale;

/**
 * A security key that the attestation policy does not accept, refused at registration; nothing is
 * stored.
 */
public final class SecurityKeyRefusedException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** Why the key was refused; each is one of the known ways around an attestation policy. */
  public enum Reason {
    NO_ATTESTATION(
        "The key gave no attestation (format 'none'): the portal cannot tell what it is. Allow"
            + " direct attestation when the browser asks, or use a key the policy accepts."),
    SELF_ATTESTATION(
        "The key attested itself (no certificate chain): the portal cannot tell what it is. Use a"
            + " key whose maker signs its attestation."),
    UNSUPPORTED_FORMAT(
        "The key's attestation format is not one the portal checks (packed or fido-u2f)."),
    UNTRUSTED_CHAIN(
        "The key's attestation certificate does not chain to a root the platform trusts for"
            + " security keys."),
    AAGUID_NOT_ALLOWED("The key's model (AAGUID %s) is not on the platform's allow-list."),
    MODEL_COMPROMISED(
        "The key's model is reported compromised by the FIDO Metadata Service (%s): keys of"
            + " it are not accepted."),
    BACKUP_ELIGIBLE(
        "The key's credential can be synced or backed up (a passkey): approvals need a credential"
            + " bound to one hardware key."),
    USER_NOT_VERIFIED(
        "The key did not verify its user (PIN or biometrics), which the policy requires."),
    INVALID_RESPONSE("The browser's answer is not a valid WebAuthn registration: %s"),
    UNKNOWN_CHALLENGE(
        "The registration challenge is unknown, used or expired (after 5 minutes): start again.");

    private final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  private final Reason reason;

  public SecurityKeyRefusedException(Reason reason, Object detail) {
    super(
        "security_key_refused",
        String.format(Locale.ROOT, reason.text, detail),
        reason.name(),
        String.valueOf(detail));
    this.reason = reason;
  }

  public SecurityKeyRefusedException(Reason reason) {
    this(reason, "");
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.security_key_refused." + reason.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
