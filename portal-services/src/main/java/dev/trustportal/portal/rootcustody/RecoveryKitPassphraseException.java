package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: a recovery kit's passphrase too short to protect a root key offline. */
public final class RecoveryKitPassphraseException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RecoveryKitPassphraseException(int minimum) {
    super(
        "weak_recovery_passphrase",
        "No recovery kit made: its passphrase must have at least "
            + minimum
            + " characters (it encrypts a root key kept offline; the portal does not keep it, so"
            + " remember it).",
        minimum);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
