package dev.trustportal.portal.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What callers outside portal-services see of an account: never its password hash.
 *
 * @param email null when none is known
 * @param roles the platform roles ({@link Roles#PLATFORM_ADMIN} or none)
 * @param local whether it signs in with a password (false: through the identity provider only)
 * @param disabledAt when it was disabled, null while it may sign in
 */
public record AccountSummary(
    String username,
    String displayName,
    String email,
    Set<String> roles,
    boolean local,
    Instant createdAt,
    Instant disabledAt) {

  public AccountSummary {
    roles = Set.copyOf(roles);
  }

  static AccountSummary of(Account account) {
    return new AccountSummary(
        account.username(),
        account.displayName(),
        account.email(),
        account.roles(),
        account.hasPassword(),
        account.createdAt(),
        account.disabledAt());
  }

  public boolean disabled() {
    return disabledAt != null;
  }
}
