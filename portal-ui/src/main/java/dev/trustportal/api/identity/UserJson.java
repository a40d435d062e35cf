package dev.trustportal.api.identity;

import dev.trustportal.portal.identity.AccountSummary;

/** An account as the API shows it: no password, no hash. */
public record UserJson(String username, String displayName) {

  static UserJson of(AccountSummary summary) {
    return new UserJson(summary.username(), summary.displayName());
  }
}
