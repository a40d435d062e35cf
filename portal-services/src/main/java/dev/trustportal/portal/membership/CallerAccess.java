package dev.trustportal.portal.membership;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a passed tenancy check: who is calling about which organisation, and in which
 * role. Every caller who passes holds a role there (a robot token the role its access gives it): no
 * one passes by a platform role.
 */
public record CallerAccess(String organisation, String username, MemberRole role) {

  public CallerAccess {
    Objects.requireNonNull(role, "role");
  }

  /** Whether the caller holds one of the roles. */
  public boolean mayActAs(MemberRole... anyOf) {
    return List.of(anyOf).contains(role);
  }
}
