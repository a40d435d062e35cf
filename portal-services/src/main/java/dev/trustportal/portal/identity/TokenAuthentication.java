package dev.trustportal.portal.identity;

import java.util.Objects;

/**
 * A verified API token: whom it acts for and what it may reach.
 *
 * @param tokenId the token's ID (the number after {@code tp_} in the secret)
 * @param principal the caller name it acts as: the user of a personal token, {@code
 *     robot$<org>$<name>} for a robot token (no account has such a name: '$' is no character of a
 *     username)
 * @param robot whether this is an organisation's robot token rather than a person's
 */
public record TokenAuthentication(long tokenId, String principal, boolean robot, TokenScope scope) {

  public TokenAuthentication {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(scope, "scope");
    if (robot && scope.organisation() == null) {
      throw new IllegalArgumentException("A robot token belongs to one organisation.");
    }
  }
}
