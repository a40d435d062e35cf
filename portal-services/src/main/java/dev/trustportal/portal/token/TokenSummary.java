package dev.trustportal.portal.token;

import dev.trustportal.portal.identity.TokenAccess;
import java.time.Instant;
import java.util.List;

/**
 * A token as lists show it: never its secret.
 *
 * @param principal whom it acts as: the user, or {@code robot$<org>$<name>} (the username for
 *     Basic)
 * @param organisation {@code null} for a personal token of all the user's organisations
 * @param lastUsedAt {@code null} if never used; updated at most once a minute
 */
public record TokenSummary(
    long id,
    TokenKind kind,
    String name,
    String principal,
    String organisation,
    List<String> repositories,
    TokenAccess access,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    boolean expired) {

  public TokenSummary {
    repositories = List.copyOf(repositories);
  }
}
