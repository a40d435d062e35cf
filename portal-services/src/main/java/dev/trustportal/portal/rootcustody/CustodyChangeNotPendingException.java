package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root custody request. */
public final class CustodyChangeNotPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CustodyChangeNotPendingException(long id, CustodyChangeState state) {
    super(
        "custody_change_not_pending",
        "Root custody change " + id + " is " + state + ", not waiting for approval.",
        id,
        state);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
