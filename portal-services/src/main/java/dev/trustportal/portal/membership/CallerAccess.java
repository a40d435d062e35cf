package dev.trustportal.portal.membership;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a passed tenancy check: who is calling about which organisation, and in which role.
 * The role is empty for a caller who crosses tenants (a platform admin) without being a member.
 */
public record CallerAccess(String organisation, String username, Optional<MemberRole> role) {

  public boolean crossesTenant() {
    return role.isEmpty();
  }

  /** Whether the caller holds one of the roles, or crosses tenants (which passes every check). */
  public boolean mayActAs(MemberRole... anyOf) {
    return role.map(List.of(anyOf)::contains).orElse(true);
  }
}
