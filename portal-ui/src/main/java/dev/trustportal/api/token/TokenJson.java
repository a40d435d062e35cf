package dev.trustportal.api.token;

import dev.trustportal.portal.token.TokenSummary;
import java.time.Instant;
import java.util.List;

/**
 * A token as lists show it, never with its secret. {@code principal} is whom it acts as, and the
 * username to pair it with in HTTP Basic.
 */
public record TokenJson(
    long id,
    String kind,
    String name,
    String principal,
    String organisation,
    List<String> repositories,
    String access,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    boolean expired) {

  static TokenJson of(TokenSummary token) {
    return new TokenJson(
        token.id(),
        token.kind().name(),
        token.name(),
        token.principal(),
        token.organisation(),
        token.repositories(),
        token.access().name(),
        token.createdBy(),
        token.createdAt(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.expired());
  }
}
