package dev.trustportal.portal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of platform role requests (V36); the caller's transaction. */
public interface PlatformRoleRequests {

  /** Files a request and returns its ID. */
  long file(String username, String role, String requestedBy, Instant at, String digest);

  /** The request, locked for the caller's transaction when {@code lock}. */
  Optional<PlatformRoleRequest> find(long id, boolean lock);

  /** The request for the account and role that waits for approval, if any. */
  Optional<PlatformRoleRequest> waiting(String username, String role);

  /** Every request that waits for approval, oldest first. */
  List<PlatformRoleRequest> waiting();

  void decide(
      long id,
      PlatformRoleRequest.State state,
      String decidedBy,
      Instant at,
      Long keyId,
      String reason);

  /** Whether an enabled account other than {@code username} holds the platform-admin role. */
  boolean anotherPlatformAdmin(String username);
}
