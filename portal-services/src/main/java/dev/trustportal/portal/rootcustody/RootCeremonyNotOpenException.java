package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root ceremony touch. */
public final class RootCeremonyNotOpenException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootCeremonyNotOpenException(long id, CeremonyState state) {
    super(
        "root_ceremony_not_open",
        "Root ceremony " + id + " is " + state + ": it takes no more touches.",
        id,
        state);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
