package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.identity.TokenScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenScopeRulesTest {

  private static final TokenScope READ_ALL = new TokenScope(null, List.of(), TokenAccess.READ);
  private static final TokenScope WRITE_ALL = new TokenScope(null, List.of(), TokenAccess.WRITE);
  private static final TokenScope WRITE_API =
      new TokenScope("acme", List.of("api", "team/web"), TokenAccess.WRITE);
  private static final String REPOSITORIES = "orgs/{org}/repositories";
  private static final String SIGNERS = "orgs/{org}/repositories/{repo: .+}/signers";

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aReadOnlyTokenMakesNoChange(String method) {
    assertThat(TokenScopeRules.check(READ_ALL, method, REPOSITORIES, Optional.empty()))
        .hasValueSatisfying(
            refusal -> {
              assertThat(refusal.status()).isEqualTo(403);
              assertThat(refusal.message()).contains("read-only").contains(method);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void aReadOnlyTokenReads(String method) {
    assertThat(TokenScopeRules.check(READ_ALL, method, REPOSITORIES, Optional.empty())).isEmpty();
  }

  @Test
  void aWriteTokenChanges() {
    assertThat(TokenScopeRules.check(WRITE_ALL, "POST", REPOSITORIES, Optional.empty())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "me/security-keys",
        "me/security-keys/registration-options",
        "me/security-keys/{id: [0-9]+}",
        "me/password",
        "me/tokens",
        "me/tokens/{id: [0-9]+}",
        "orgs/{org}/robot-tokens",
        "orgs/{org}/approval-policy",
        "orgs/{org}/approval-policy-changes"
      })
  void noTokenChangesWhatGuardsTheAccountOrTheOrganisation(String template) {
    for (String method : List.of("POST", "PUT", "DELETE")) {
      assertThat(TokenScopeRules.check(WRITE_ALL, method, template, Optional.empty()))
          .hasValueSatisfying(
              refusal -> {
                assertThat(refusal.status()).isEqualTo(403);
                assertThat(refusal.message())
                    .contains(
                        "An API token cannot create or revoke API tokens, nor change security"
                            + " keys");
              });
    }
    assertThat(TokenScopeRules.check(WRITE_ALL, "GET", template, Optional.empty())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"api", "team/web"})
  void aRepositoryTokenReachesItsRepositories(String repository) {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", SIGNERS, Optional.of(repository))).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "POST", SIGNERS, Optional.of(repository)))
        .isEmpty();
  }

  /** The decoded parameter JAX-RS routed with: disguises in the raw path do not change it. */
  @ParameterizedTest
  @ValueSource(strings = {"billing", "api/../billing", "team", "apix", "api/other", "API"})
  void aRepositoryTokenIsRefusedOtherRepositoriesAsNotFound(String repository) {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", SIGNERS, Optional.of(repository)))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(404));
    assertThat(TokenScopeRules.check(WRITE_API, "POST", SIGNERS, Optional.of(repository)))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(404));
  }

  @Test
  void aRepositoryTokenReadsButDoesNotChangeTheRestOfItsOrganisation() {
    assertThat(TokenScopeRules.check(WRITE_API, "GET", REPOSITORIES, Optional.empty())).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "GET", "orgs/{org}/members", Optional.empty()))
        .isEmpty();
    assertThat(TokenScopeRules.check(WRITE_API, "POST", REPOSITORIES, Optional.empty()))
        .hasValueSatisfying(refusal -> assertThat(refusal.status()).isEqualTo(403));
    assertThat(
            TokenScopeRules.check(
                WRITE_API, "DELETE", "orgs/{org}/members/{username}", Optional.empty()))
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orgs/{org}/webhooks",
        "orgs/{org}/webhooks/{hookId}",
        "orgs/{org}/webhooks/{hookId}/deliveries",
        "orgs/{org}/webhooks/{hookId}/test-events",
        "orgs/{org}/expiry-radar"
      })
  void aRepositoryTokenNeitherReadsNorTouchesTheOrganisationsWebhooksOrRadar(String template) {
    for (String method : List.of("GET", "POST", "DELETE")) {
      assertThat(TokenScopeRules.check(WRITE_API, method, template, Optional.empty()))
          .hasValueSatisfying(
              refusal -> {
                assertThat(refusal.status()).isEqualTo(403);
                assertThat(refusal.code()).isEqualTo("forbidden");
                assertThat(refusal.message()).contains("webhooks");
              });
    }
    assertThat(TokenScopeRules.check(WRITE_ALL, "GET", template, Optional.empty())).isEmpty();
    assertThat(TokenScopeRules.check(WRITE_ALL, "POST", template, Optional.empty())).isEmpty();
    assertThat(TokenScopeRules.check(READ_ALL, "GET", template, Optional.empty())).isEmpty();
  }
}
