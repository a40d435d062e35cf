package dev.trustportal.api.platform;

import dev.trustportal.portal.identity.PlatformRoleRequest;
import java.time.Instant;

/**
 * A platform role asked for an account: FILED while it waits for another platform admin's approval
 * with a security key, then GRANTED or REJECTED.
 */
public record PlatformRoleRequestJson(
    long id,
    String username,
    String role,
    String requestedBy,
    Instant requestedAt,
    String digest,
    String state,
    String decidedBy,
    Instant decidedAt,
    String reason,
    String summary) {

  public static PlatformRoleRequestJson of(PlatformRoleRequest r) {
    return new PlatformRoleRequestJson(
        r.id(),
        r.username(),
        r.role(),
        r.requestedBy(),
        r.requestedAt(),
        r.digest(),
        r.state().name(),
        r.decidedBy().orElse(null),
        r.decidedAt().orElse(null),
        r.reason().orElse(null),
        r.summary());
  }
}
