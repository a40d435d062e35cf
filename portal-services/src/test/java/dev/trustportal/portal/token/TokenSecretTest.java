package dev.trustportal.portal.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretTest {

  private final TokenSecret secret = TokenSecret.generate(42, new SecureRandom());

  @Test
  void formatsAsPrefixIdAndFortyThreeBase64UrlCharacters() {
    assertThat(secret.value()).matches("tp_42_[A-Za-z0-9_-]{43}");
  }

  @Test
  void parsesWhatItFormats() {
    assertThat(TokenSecret.parse(secret.value())).contains(secret);
  }

  @Test
  void twoSecretsOfOneIdDiffer() {
    assertThat(TokenSecret.generate(42, new SecureRandom()).random()).isNotEqualTo(secret.random());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tp_",
        "tp_42",
        "tp_42_short",
        "tp_0_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "tp_x_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "xx_42_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "tp_42_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "tp_42_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "tp_1234567890123456789_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "eyJhbGciOiJSUzI1NiJ9.e30.sig"
      })
  void rejectsMalformedTokens(String presented) {
    assertThat(TokenSecret.parse(presented)).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThat(TokenSecret.parse(null)).isEmpty();
  }

  @Test
  void storesOnlyTheSha256OfTheRandomPart() {
    assertThat(secret.hash()).matches("[0-9a-f]{64}").doesNotContain(secret.random());
  }

  @Test
  void matchesItsOwnHashOnly() {
    assertThat(secret.matches(secret.hash())).isTrue();
    assertThat(TokenSecret.generate(42, new SecureRandom()).matches(secret.hash())).isFalse();
  }

  @Test
  void aTamperedSecretDoesNotMatch() {
    char last = secret.random().charAt(42);
    String tampered = secret.random().substring(0, 42) + (last == 'A' ? 'B' : 'A');
    assertThat(new TokenSecret(42, tampered).matches(secret.hash())).isFalse();
  }

  @Test
  void aDamagedStoredHashMatchesNothing() {
    assertThat(secret.matches("not hex")).isFalse();
    assertThat(secret.matches(null)).isFalse();
  }

  @Test
  void neverPrintsTheSecret() {
    assertThat(secret.toString()).doesNotContain(secret.random());
    assertThat(new CreatedToken(null, secret.value()).toString()).doesNotContain(secret.random());
  }
}
