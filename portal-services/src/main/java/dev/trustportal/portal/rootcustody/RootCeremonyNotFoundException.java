package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root ceremony touch. */
public final class RootCeremonyNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootCeremonyNotFoundException(long id) {
    super("not_found", "There is no root ceremony " + id + " of this organisation.", id);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
