package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;
import java.util.Arrays;
import java.util.List;

/**
 * The caller belongs to the organisation, but their role does not allow the action. (A caller who
 * does not belong to it gets "not found" instead, so that names of other tenants do not leak.)
 */
public final class MissingRoleException extends PortalException {

  private static final long serialVersionUID = 1L;

  public MissingRoleException(String organisation, MemberRole role, MemberRole... needed) {
    super(
        "forbidden",
        "You are "
            + role
            + " of '"
            + organisation
            + "'; this needs one of the roles "
            + Arrays.toString(needed)
            + ".",
        organisation,
        String.valueOf(role),
        List.of(needed).toString());
  }

  @Override
  public String messageKey() {
    return "error.forbidden.role";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
