package dev.trustportal.ui.security;

import static dev.trustportal.ui.security.SessionCookieAttributes.withAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieAttributesTest {

  @Test
  void theSessionCookieGetsSameSiteLaxAndSecureOverHttps() {
    assertThat(withAttributes("JSESSIONID=abc; Path=/; HttpOnly", "JSESSIONID", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(withAttributes("JSESSIONID=abc; Path=/; HttpOnly", "JSESSIONID", true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void otherCookiesAndCookiesThatHaveTheAttributesStayAsTheyAre() {
    assertThat(withAttributes("TP_INSTANCE=1; Path=/", "JSESSIONID", true))
        .isEqualTo("TP_INSTANCE=1; Path=/");
    assertThat(withAttributes("JSESSIONID=abc; Secure; SameSite=Strict", "JSESSIONID", true))
        .isEqualTo("JSESSIONID=abc; Secure; SameSite=Strict");
  }
}
