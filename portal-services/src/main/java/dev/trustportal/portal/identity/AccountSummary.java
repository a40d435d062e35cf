package dev.trustportal.portal.identity;

import java.time.Instant;

/** What callers outside portal-services see of an account: never its password hash or roles. */
public record AccountSummary(String username, String displayName, Instant createdAt) {

  static AccountSummary of(Account account) {
    return new AccountSummary(account.username(), account.displayName(), account.createdAt());
  }
}
