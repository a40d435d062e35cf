package dev.trustportal.portal.token;

import static dev.trustportal.portal.membership.MemberRole.ADMIN;
import static dev.trustportal.portal.membership.MemberRole.OWNER;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.identity.TokenScope;
import dev.trustportal.portal.membership.TenantGuard;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use cases on API tokens. Everyone manages their own personal tokens; an organisation's owners and
 * admins manage its robot tokens (the tenancy check decides, so another organisation's are "not
 * found"). A caller who came with a token manages none ({@link TokenMayNotManageTokensException}).
 * Creating and revoking are audit events: personal tokens in the platform chain, robot tokens in
 * their organisation's. {@link #verify} is what authentication calls on every request with a token.
 */
@Stateless
@PermitAll
public class ApiTokenService {

  static final String CREATED = "token.created";
  static final String REVOKED = "token.revoked";

  /** How stale the last-used time may be: it is written at most once per interval and token. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  // Field injection: EJBs need a no-argument constructor.
  @Inject ApiTokens tokens;
  @Inject Accounts accounts;
  @Inject CallerContext caller;
  @Inject TenantGuard tenancy;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A token that acts for the caller, within the organisation it names (the caller must be a
   * member: else "not found") or, without one, in all the caller's organisations.
   */
  public CreatedToken createPersonal(CreateToken command) {
    requireNoToken();
    String name = TokenRules.personalName(command.name());
    String organisation = blankToNull(command.organisation());
    if (organisation != null) {
      tenancy.requireRole(organisation);
    }
    TokenScope scope = scope(command, organisation);
    Instant now = clock.instant();
    ApiToken token =
        ApiToken.personal(
            caller.username(), name, scope, now, TokenRules.expiry(command.expiresInDays(), now));
    return created(token, null);
  }

  /** A robot token of the organisation, for CI; by its owners and admins. */
  public CreatedToken createRobot(String organisation, CreateToken command) {
    requireNoToken();
    tenancy.requireRole(organisation, OWNER, ADMIN);
    String name = TokenRules.robotName(command.name());
    TokenScope scope = scope(command, organisation);
    Instant now = clock.instant();
    ApiToken token =
        ApiToken.robot(
            name, scope, caller.username(), now, TokenRules.expiry(command.expiresInDays(), now));
    return created(token, organisation);
  }

  /** The caller's personal tokens that are not revoked, newest first; never their secrets. */
  public List<TokenSummary> personalTokens() {
    Instant now = clock.instant();
    return tokens.personal(caller.username()).stream().map(t -> t.summary(now)).toList();
  }

  /** The organisation's robot tokens that are not revoked, for its owners and admins. */
  public List<TokenSummary> robotTokens(String organisation) {
    tenancy.requireRole(organisation, OWNER, ADMIN);
    Instant now = clock.instant();
    return tokens.robots(organisation).stream().map(t -> t.summary(now)).toList();
  }

  /** Revokes one of the caller's personal tokens; the next request with it is refused. */
  public void revokePersonal(long id) {
    requireNoToken();
    ApiToken token =
        tokens
            .find(id)
            .filter(t -> t.kind() == TokenKind.PERSONAL && caller.username().equals(t.username()))
            .orElseThrow(() -> new TokenNotFoundException(id));
    revoke(token, null);
  }

  /** Revokes one of the organisation's robot tokens; by its owners and admins. */
  public void revokeRobot(String organisation, long id) {
    requireNoToken();
    tenancy.requireRole(organisation, OWNER, ADMIN);
    ApiToken token =
        tokens
            .find(id)
            .filter(t -> t.kind() == TokenKind.ROBOT && organisation.equals(t.organisation()))
            .orElseThrow(() -> new TokenNotFoundException(id));
    revoke(token, organisation);
  }

  /**
   * Checks a presented secret: whom the token acts for and what it reaches, or why it is refused.
   * Reads the row on every call, so a revocation counts from the next request on. Unknown IDs
   * return before hashing: IDs are not secret, only the random part is, and that is compared in
   * constant time.
   */
  public TokenVerdict verify(String presented) {
    Optional<TokenSecret> secret = TokenSecret.parse(presented);
    if (secret.isEmpty()) {
      return TokenVerdict.refused(TokenRefusal.MALFORMED);
    }
    Optional<ApiToken> found = tokens.find(secret.get().id()).filter(t -> t.matches(secret.get()));
    if (found.isEmpty()) {
      return TokenVerdict.refused(TokenRefusal.NOT_VALID);
    }
    ApiToken token = found.get();
    Instant now = clock.instant();
    if (token.isRevoked()) {
      return TokenVerdict.refused(TokenRefusal.REVOKED);
    }
    if (token.isExpiredAt(now)) {
      return TokenVerdict.refused(TokenRefusal.EXPIRED);
    }
    TokenAuthentication authentication = token.authentication();
    // A person's token acts as the person: a disabled account's tokens stop with it. Robots have
    // none.
    if (!authentication.robot()
        && accounts.find(authentication.principal()).map(Account::isDisabled).orElse(true)) {
      return TokenVerdict.refused(TokenRefusal.ACCOUNT_DISABLED);
    }
    Instant notBefore = now.minus(LAST_USED_PRECISION);
    // Most calls end here without a write: the row just read says the last use is recent enough.
    if (token.lastUseOlderThan(notBefore)) {
      tokens.touch(token.id(), now, notBefore);
    }
    return TokenVerdict.accepted(authentication);
  }

  /**
   * Checks a token presented as the password of HTTP Basic: valid only with its own username (the
   * person's, or {@code robot$<org>$<name>}); otherwise as {@link #verify(String)}.
   */
  public TokenVerdict verify(String username, String presented) {
    TokenVerdict verdict = verify(presented);
    return verdict
        .authentication()
        .filter(token -> !token.principal().equals(username))
        .map(wrongUser -> TokenVerdict.refused(TokenRefusal.WRONG_USER))
        .orElse(verdict);
  }

  /** {@link #verify(String, String)}, for HTTP Basic callers (the notary token service, say). */
  public Optional<TokenAuthentication> authenticate(String username, String presented) {
    return verify(username, presented).authentication();
  }

  private CreatedToken created(ApiToken token, String organisation) {
    tokens.store(token);
    TokenSecret secret = TokenSecret.generate(token.id(), RANDOM);
    token.useSecret(secret);
    Instant now = clock.instant();
    audit.record(
        event(
            organisation,
            CREATED,
            token,
            describe(token) + ", expires " + token.summary(now).expiresAt() + "."));
    return new CreatedToken(token.summary(now), secret.value());
  }

  private void revoke(ApiToken token, String organisation) {
    token.revoke(clock.instant());
    audit.record(event(organisation, REVOKED, token, describe(token) + " revoked."));
  }

  private AuditRecord event(String organisation, String action, ApiToken token, String detail) {
    String target = "token " + token.id() + " '" + token.name() + "'";
    return new AuditRecord(
        organisation, caller.username(), action, target, Outcome.SUCCEEDED, detail);
  }

  private static String describe(ApiToken token) {
    TokenScope scope = token.scope();
    return token.kind()
        + " token of "
        + token.principal()
        + " with "
        + scope.access()
        + " access to "
        + (scope.organisation() == null
            ? "all its organisations"
            : "'" + scope.organisation() + "'")
        + (scope.repositories().isEmpty() ? "" : " (repositories " + scope.repositories() + ")");
  }

  private static TokenScope scope(CreateToken command, String organisation) {
    return new TokenScope(
        organisation,
        TokenRules.repositories(command.repositories(), organisation),
        TokenRules.access(command.access()));
  }

  private void requireNoToken() {
    if (caller.token().isPresent()) {
      throw new TokenMayNotManageTokensException();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
