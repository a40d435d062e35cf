package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;

/** No change of the approval policy with the ID that the caller may see. */
public final class PolicyChangeNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public PolicyChangeNotFoundException(long id) {
    super("not_found", "No change " + id + " of this organisation's approval policy.", id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.policy_change";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
