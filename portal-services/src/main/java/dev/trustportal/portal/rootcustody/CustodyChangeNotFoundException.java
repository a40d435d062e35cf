package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root custody request. */
public final class CustodyChangeNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CustodyChangeNotFoundException(long id) {
    super("not_found", "There is no root custody change " + id + " of this organisation.", id);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
