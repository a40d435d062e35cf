package dev.trustportal.portal.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.identity.TokenScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

  @Test
  void aPersonalTokenActsForItsUserWithinItsScope() {
    TokenScope scope = new TokenScope("acme", List.of("api", "team/web"), TokenAccess.READ);
    ApiToken token = ApiToken.personal("alice", "laptop", scope, NOW, EXPIRES);
    assertThat(token.principal()).isEqualTo("alice");
    assertThat(token.scope()).isEqualTo(scope);
  }

  @Test
  void aRobotTokenActsAsTheRobotOfItsOrganisation() {
    ApiToken token =
        ApiToken.robot(
            "ci", new TokenScope("acme", List.of(), TokenAccess.WRITE), "bob", NOW, EXPIRES);
    assertThat(token.principal()).isEqualTo("robot$acme$ci");
    assertThat(token.username()).isNull();
    assertThat(token.scope().repositories()).isEmpty();
  }

  @Test
  void expiresAtTheInstantItNames() {
    ApiToken token =
        ApiToken.personal(
            "alice", "laptop", new TokenScope(null, List.of(), TokenAccess.READ), NOW, EXPIRES);
    assertThat(token.isExpiredAt(EXPIRES.minusMillis(1))).isFalse();
    assertThat(token.isExpiredAt(EXPIRES)).isTrue();
  }

  @Test
  void aNeverUsedTokenNeedsItsFirstUseRecorded() {
    ApiToken token =
        ApiToken.personal(
            "alice", "laptop", new TokenScope(null, List.of(), TokenAccess.READ), NOW, EXPIRES);
    assertThat(token.lastUseOlderThan(NOW)).isTrue();
  }

  @Test
  void revokingTwiceKeepsTheFirstRevocation() {
    ApiToken token =
        ApiToken.personal(
            "alice", "laptop", new TokenScope(null, List.of(), TokenAccess.READ), NOW, EXPIRES);
    assertThat(token.isRevoked()).isFalse();
    token.revoke(NOW);
    token.revoke(NOW.plusSeconds(5));
    assertThat(token.isRevoked()).isTrue();
  }
}
