package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: one cause of a refused root custody request. */
public final class InvalidCustodyException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidCustodyException(String why) {
    super(
        "invalid_custody",
        "Root custody not changed: "
            + why
            + ". Expected {\"mode\": \"OWNERS\", \"threshold\": M} with 2 <= M <= the number of"
            + " custodians (owners who enrolled a security key with PRF), or M = 1 with a single"
            + " custodian; or, in OWNERS custody, {\"mode\": \"SERVER\"}.",
        why);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
