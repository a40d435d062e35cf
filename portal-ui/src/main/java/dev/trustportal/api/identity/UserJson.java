package dev.trustportal.api.identity;

import dev.trustportal.portal.identity.AccountSummary;
import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it: no password, no hash. {@code local} is false for a person who
 * signs in through the identity provider; {@code disabledAt} is null while the account may sign in.
 */
public record UserJson(
    String username,
    String displayName,
    String email,
    List<String> roles,
    boolean local,
    boolean disabled,
    Instant createdAt,
    Instant disabledAt) {

  static UserJson of(AccountSummary summary) {
    return new UserJson(
        summary.username(),
        summary.displayName(),
        summary.email(),
        summary.roles().stream().sorted().toList(),
        summary.local(),
        summary.disabled(),
        summary.createdAt(),
        summary.disabledAt());
  }
}
