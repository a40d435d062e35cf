package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root custody request. */
public final class CustodyChangeAlreadyApprovedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CustodyChangeAlreadyApprovedException(long id, String username) {
    super(
        "already_approved",
        username + " approved root custody change " + id + " already; each owner counts once.",
        id,
        username);
  }

  @Override
  public String messageKey() {
    return "error.already_approved.custody_change";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
