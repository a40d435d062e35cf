package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root ceremony touch. */
public final class NotACustodianException extends PortalException {

  private static final long serialVersionUID = 1L;

  public NotACustodianException(String username, String gun) {
    super(
        "not_a_custodian",
        username
            + " holds no root key of "
            + gun
            + ": only the custodians the ceremony was prepared for sign it, each with the security"
            + " key they enrolled with PRF.",
        username,
        gun);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
