package dev.trustportal.portal.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * The persistence gateway of when accounts were given their platform roles; the caller's
 * transaction.
 */
public interface PlatformRoleGrants {

  void granted(String username, String role, String grantedBy, Instant at);

  void withdrawn(String username, String role);

  /** When the account was given the role; empty for one given before grants were recorded (old). */
  Optional<Instant> grantedAt(String username, String role);
}
