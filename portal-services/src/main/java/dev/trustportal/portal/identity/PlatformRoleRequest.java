package dev.trustportal.portal.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * A platform role (platform-admin, support) one platform admin asked to give an account; it is
 * given when another platform admin approves it with a security key.
 *
 * @param digest hex SHA-256 over the account, the role, the requester and the filing time, which
 *     the approver's key signs
 */
public record PlatformRoleRequest(
    long id,
    String username,
    String role,
    String requestedBy,
    Instant requestedAt,
    String digest,
    State state,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    Optional<String> reason) {

  /** Waiting for approval, given, or turned down. */
  public enum State {
    FILED,
    GRANTED,
    REJECTED
  }

  /** What the approver sees: "Give platform-admin to carol (asked by alice)". */
  public String summary() {
    return "Give the platform role '"
        + role
        + "' to "
        + username
        + " (asked by "
        + requestedBy
        + " at "
        + requestedAt
        + ").";
  }
}
