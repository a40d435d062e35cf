package dev.trustportal.portal.token;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.identity.TokenScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A personal or robot API token. It holds only the hash of its secret; revoking keeps the row (with
 * {@code revoked_at}) so that the audit trail can name it. The table comes from Flyway (V7).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private TokenKind kind;

  @Column(name = "name", nullable = false, length = 64)
  private String name;

  /** The person a personal token acts for; {@code null} for a robot token. */
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "organisation", length = 255)
  private String organisation;

  // Newline-separated: a handful of names, always read and written together.
  @Column(name = "repositories", nullable = false)
  private String repositories;

  @Enumerated(EnumType.STRING)
  @Column(name = "access", nullable = false, length = 8)
  private TokenAccess access;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {
    // for JPA
  }

  private ApiToken(
      TokenKind kind,
      String name,
      String username,
      TokenScope scope,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {
    this.kind = kind;
    this.name = Objects.requireNonNull(name);
    this.username = username;
    this.organisation = scope.organisation();
    this.repositories = String.join(SEPARATOR, scope.repositories());
    this.access = scope.access();
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
    // Replaced by the real hash once the ID, which the secret contains, is known.
    this.secretHash = "0".repeat(64);
  }

  static ApiToken personal(
      String username, String name, TokenScope scope, Instant now, Instant expiresAt) {
    return new ApiToken(
        TokenKind.PERSONAL,
        name,
        Objects.requireNonNull(username),
        scope,
        username,
        now,
        expiresAt);
  }

  static ApiToken robot(
      String name, TokenScope scope, String createdBy, Instant now, Instant expiresAt) {
    Objects.requireNonNull(scope.organisation(), "organisation");
    return new ApiToken(TokenKind.ROBOT, name, null, scope, createdBy, now, expiresAt);
  }

  public long id() {
    return id;
  }

  public TokenKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String username() {
    return username;
  }

  public String organisation() {
    return organisation;
  }

  void useSecret(TokenSecret secret) {
    if (secret.id() != id) {
      throw new IllegalArgumentException("The secret belongs to another token.");
    }
    this.secretHash = secret.hash();
  }

  boolean matches(TokenSecret secret) {
    return secret.id() == id && secret.matches(secretHash);
  }

  boolean isRevoked() {
    return revokedAt != null;
  }

  /** Expired from the instant it names on: a token is valid strictly before {@code expiresAt}. */
  boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether the last use recorded is older than {@code notBefore} (or there is none). */
  boolean lastUseOlderThan(Instant notBefore) {
    return lastUsedAt == null || lastUsedAt.isBefore(notBefore);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public TokenScope scope() {
    List<String> names =
        repositories == null || repositories.isEmpty()
            ? List.of()
            : Arrays.asList(repositories.split(SEPARATOR));
    return new TokenScope(organisation, names, access);
  }

  public String principal() {
    return kind == TokenKind.ROBOT ? TokenRules.robotPrincipal(organisation, name) : username;
  }

  TokenAuthentication authentication() {
    return new TokenAuthentication(id, principal(), kind == TokenKind.ROBOT, scope());
  }

  TokenSummary summary(Instant now) {
    TokenScope scope = scope();
    return new TokenSummary(
        id,
        kind,
        name,
        principal(),
        organisation,
        scope.repositories(),
        access,
        createdBy,
        createdAt,
        expiresAt,
        lastUsedAt,
        isExpiredAt(now));
  }
}
