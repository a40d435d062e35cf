package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: a root ceremony that cannot be opened now. */
public final class RootCeremonyRefusedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootCeremonyRefusedException(String gun, String why) {
    super(
        "root_ceremony_refused", "No root ceremony opened for " + gun + ": " + why + ".", gun, why);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
