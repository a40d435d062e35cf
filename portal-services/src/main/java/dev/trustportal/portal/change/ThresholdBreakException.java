package dev.trustportal.portal.change;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.common.PortalException;

/**
 * Removing the key would leave a role with fewer keys than its threshold, or a signer with no key
 * at all: its tags could no longer be verified. Lower the threshold, or remove the signer, first.
 */
public final class ThresholdBreakException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  private ThresholdBreakException(String messageKey, String message, Object... arguments) {
    super("threshold_would_break", message, arguments);
    this.messageKey = messageKey;
  }

  static ThresholdBreakException belowThreshold(RoleName role, int threshold, int remaining) {
    return new ThresholdBreakException(
        "error.threshold_would_break",
        "Removing the key would leave "
            + role
            + " with "
            + remaining
            + (remaining == 1 ? " key" : " keys")
            + ", fewer than its threshold of "
            + threshold
            + ": lower the threshold of "
            + role
            + " to "
            + remaining
            + " or less first.",
        role.value(),
        threshold,
        remaining);
  }

  static ThresholdBreakException lastKeyOfSigner(String signer, String keyId) {
    return new ThresholdBreakException(
        "error.threshold_would_break.last_key",
        "Key "
            + keyId
            + " is the only key of signer '"
            + signer
            + "': removing it would leave the signer"
            + " unable to sign. Remove the signer instead, or add another key first.",
        signer,
        keyId);
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
