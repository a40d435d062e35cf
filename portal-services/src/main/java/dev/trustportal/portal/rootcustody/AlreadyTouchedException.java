package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root ceremony touch. */
public final class AlreadyTouchedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public AlreadyTouchedException(long id, String username) {
    super(
        "already_approved",
        username + " has signed root ceremony " + id + " already; each custodian counts once.",
        id,
        username);
  }

  @Override
  public String messageKey() {
    return "error.already_approved.root_ceremony";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
