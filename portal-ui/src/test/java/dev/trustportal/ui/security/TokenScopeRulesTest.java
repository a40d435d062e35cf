package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.identity.TokenScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenScopeRulesTest {

  private static final TokenScope READ_ALL = new TokenScope(null, List.of(), TokenAccess.READ);
  private static final TokenScope WRITE_ALL = new TokenScope(null, List.of(), TokenAccess.WRITE);
  private static final TokenScope WRITE_API = new TokenScope("acme", List.of("api", "team/web"), TokenAccess.WRITE);

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aReadOnlyTokenMakesNoChange(String method) {
    assertThat(TokenScopeRules.check(READ_ALL, method, "/api/v1/orgs/acme/repositories"))
        .hasValueSatisfying(refusal -> {
          assertThat(refusal.status()).isEqualTo(403);
          assertThat(refusal.message()).contains("read-only").contains(method);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void aReadOnlyTokenReads(String method) {
    assertThat(TokenScopeRules.check(READ_ALL, method, "/api/v1/orgs/acme/repositories")).isEmpty();
  }

  @Test
  void aWriteTokenChanges() {
    assertThat(TokenScopeRules.check(WRITE_ALL, "POST", "/api/v1/orgs/acme/repositories")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/v1/orgs/acme/repositories/api", "/api/v1/orgs/acme/repositories/api/trust",
      "/api/v1/orgs/acme/repositories/team/web/signers", "/api/v1/orgs/acme/repositories/api/roles/x/threshold"})
  void aRepositoryTokenReachesItsRepositories(String path) {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", path)).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "POST", path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/v1/orgs/acme/repositories/billing", "/api/v1/orgs/acme/repositories/billing/trust",
      "/api/v1/orgs/acme/repositories/api/other", "/api/v1/orgs/acme/repositories/team",
      "/api/v1/orgs/acme/repositories/apix/trust"})
  void aRepositoryTokenIsRefusedOtherRepositoriesAsNotFound(String path) {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", path))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(404));
  }

  @Test
  void aRepositoryTokenReadsButDoesNotChangeTheRestOfItsOrganisation() {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", "/api/v1/orgs/acme/repositories")).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "GET", "/api/v1/orgs/acme/members")).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "POST", "/api/v1/orgs/acme/repositories"))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(403));
    assertThat(TokenScopeRules.check(WRITE_API, "DELETE", "/api/v1/orgs/acme/members/bob"))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(403));
  }

  @Test
  void bearerHeadersAreReadCaseInsensitively() {
    assertThat(BearerToken.parse("Bearer tp_1_x")).contains("tp_1_x");
    assertThat(BearerToken.parse("bearer  tp_1_x ")).contains("tp_1_x");
    assertThat(BearerToken.parse("Bearer ")).isEmpty();
    assertThat(BearerToken.parse("Basic abc")).isEmpty();
    assertThat(BearerToken.parse(null)).isEmpty();
  }
}
