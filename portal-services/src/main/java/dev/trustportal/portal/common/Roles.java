package dev.trustportal.portal.common;

import java.util.List;

/**
 * Role names, in one place. They are compile-time constants so that they can be used in
 * {@code @RolesAllowed}; the container maps a caller's groups to roles of the same name.
 */
public final class Roles {

  /** Platform staff who configure the instance and, for now, manage organisations. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /**
   * Platform support staff: they find repositories of every organisation and open support cases,
   * and act on an organisation only through a case (see {@code dev.trustportal.portal.support}).
   */
  public static final String SUPPORT = "support";

  /** Every platform role an account may be granted. */
  public static final List<String> PLATFORM = List.of(PLATFORM_ADMIN, SUPPORT);

  private Roles() {}
}
