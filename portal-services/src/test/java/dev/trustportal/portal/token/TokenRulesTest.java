package dev.trustportal.portal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.token.InvalidTokenRequestException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

  @Test
  void expiresInNinetyDaysByDefault() {
    assertThat(TokenRules.expiry(null, NOW)).isEqualTo(NOW.plus(Duration.ofDays(90)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 30, 365})
  void acceptsOneDayToOneYear(int days) {
    assertThat(TokenRules.expiry(days, NOW)).isEqualTo(NOW.plus(Duration.ofDays(days)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 366, 100000})
  void refusesNoExpiryOrMoreThanAYear(int days) {
    assertThatThrownBy(() -> TokenRules.expiry(days, NOW))
        .isInstanceOf(InvalidTokenRequestException.class)
        .hasMessageContaining("1 to 365 days")
        .extracting(e -> ((InvalidTokenRequestException) e).reason())
        .isEqualTo(Reason.EXPIRY);
  }

  @Test
  void accessIsReadOrWriteInAnyCase() {
    assertThat(TokenRules.access("read")).isEqualTo(TokenAccess.READ);
    assertThat(TokenRules.access(" WRITE ")).isEqualTo(TokenAccess.WRITE);
    assertThatThrownBy(() -> TokenRules.access("admin")).hasMessageContaining("READ or WRITE");
    assertThatThrownBy(() -> TokenRules.access(null))
        .isInstanceOf(InvalidTokenRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ci", "Laptop 2026", "deploy-bot.v2", "构建"})
  void personalNamesAreShortWords(String name) {
    assertThat(TokenRules.personalName(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-x", "a\nb", "<script>"})
  void refusesOtherPersonalNames(String name) {
    assertThatThrownBy(() -> TokenRules.personalName(name))
        .isInstanceOf(InvalidTokenRequestException.class);
  }

  @Test
  void robotNamesAreUsernameLikeAndMakeAPrincipalNoUsernameCanHave() {
    assertThat(TokenRules.robotName("ci-build")).isEqualTo("ci-build");
    assertThatThrownBy(() -> TokenRules.robotName("CI Build"))
        .hasMessageContaining("robot$<org>$<name>");
    assertThat(TokenRules.robotPrincipal("acme", "ci-build")).isEqualTo("robot$acme$ci-build");
  }

  @Test
  void repositoriesNeedAnOrganisation() {
    assertThat(TokenRules.repositories(List.of(" api ", "team/web", "api"), "acme"))
        .containsExactly("api", "team/web");
    assertThat(TokenRules.repositories(List.of(), null)).isEmpty();
    assertThatThrownBy(() -> TokenRules.repositories(List.of("api"), null))
        .hasMessageContaining("within one organisation");
    assertThatThrownBy(() -> TokenRules.repositories(List.of("Not A Name"), "acme"))
        .hasMessageContaining("not a repository name");
  }
}
