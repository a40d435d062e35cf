package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieAttributesTest {

  @Test
  void theSessionCookieGetsSameSiteLaxAndSecureOverHttps() {
    SessionCookieAttributes plain = new SessionCookieAttributes(null, "JSESSIONID", false);
    SessionCookieAttributes https = new SessionCookieAttributes(null, "JSESSIONID", true);

    assertThat(plain.withAttributes("JSESSIONID=abc; Path=/; HttpOnly")).isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(https.withAttributes("JSESSIONID=abc; Path=/; HttpOnly"))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void otherCookiesAndCookiesThatHaveTheAttributesStayAsTheyAre() {
    SessionCookieAttributes https = new SessionCookieAttributes(null, "JSESSIONID", true);

    assertThat(https.withAttributes("TP_INSTANCE=1; Path=/")).isEqualTo("TP_INSTANCE=1; Path=/");
    assertThat(https.withAttributes("JSESSIONID=abc; Secure; SameSite=Strict")).isEqualTo("JSESSIONID=abc; Secure; SameSite=Strict");
  }
}
