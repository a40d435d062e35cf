package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parsesUsernameAndPasswordWhichMayContainColons() {
    var credential = BasicCredentials.parse(basic("admin:pa:ss")).orElseThrow();
    assertThat(credential.getCaller()).isEqualTo("admin");
    assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss");
  }

  @Test
  void schemeIsCaseInsensitive() {
    assertThat(BasicCredentials.isBasic("basic abc")).isTrue();
    assertThat(BasicCredentials.isBasic("Bearer abc")).isFalse();
    assertThat(BasicCredentials.isBasic(null)).isFalse();
  }

  @Test
  void rejectsMalformedHeaders() {
    assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
    assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
    assertThat(BasicCredentials.parse(basic(":password"))).isEmpty();
  }
}
