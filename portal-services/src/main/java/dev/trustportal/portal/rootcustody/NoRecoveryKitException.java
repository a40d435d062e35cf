package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/**
 * See the message: a recovery kit asked for in a ceremony that gives the root back to the portal,
 * after which no root names the custodian's key, so a kit of it would be worthless offline.
 */
public final class NoRecoveryKitException extends PortalException {

  private static final long serialVersionUID = 1L;

  public NoRecoveryKitException(long id, String gun) {
    super(
        "no_recovery_kit",
        "Root ceremony "
            + id
            + " returns the root of "
            + gun
            + " to the portal: your root key signs it for the last time and no root names it"
            + " afterwards, so there is no recovery kit to keep.",
        id,
        gun);
  }

  @Override
  public String messageKey() {
    return "error.no_recovery_kit";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
