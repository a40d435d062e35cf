package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;
import java.util.Arrays;

/** A role name that is none of {@link MemberRole}'s. */
public final class InvalidRoleException extends PortalException {

  private static final long serialVersionUID = 1L;
  private static final String KNOWN = Arrays.toString(MemberRole.values());

  InvalidRoleException(String name) {
    super(
        "invalid_role",
        "'" + name + "' is not a member role: use one of " + KNOWN + ".",
        String.valueOf(name),
        KNOWN);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
