package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * What ends an account's access ends its browser sessions too: disabling it, changing its password
 * or changing its platform roles ends every other session of it at its next request. The session
 * that changed the password goes on; the session ID changes at sign-in.
 */
class SessionEndIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void disablingAnAccountEndsItsSessions() {
    String olga = TwoTenants.createUser(admin, "olga");
    WebClient session =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, olga, PASSWORD));
    assertThat(session.get("/api/v1/me").status()).isEqualTo(200);

    assertThat(admin.delete("/api/v1/users/" + olga).status()).isEqualTo(200);

    WebClient.Answer after = session.get("/api/v1/me");
    assertThat(after.status()).as(after.toString()).isEqualTo(401);
  }

  @Test
  void changingThePasswordEndsTheOtherSessionsOnly() {
    String pat = TwoTenants.createUser(admin, "pat");
    WebClient changing =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, pat, PASSWORD));
    WebClient other =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, pat, PASSWORD));
    assertThat(other.get("/api/v1/me").status()).isEqualTo(200);

    WebClient.Answer changed =
        changing
            .header("Origin", changing.origin())
            .putJson(
                "/api/v1/me/password",
                "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a new long passphrase\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

    WebClient.Answer otherAfter = other.get("/api/v1/me");
    assertThat(otherAfter.status()).as(otherAfter.toString()).isEqualTo(401);
    assertThat(changing.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void changingThePasswordOverBasicEndsEveryBrowserSession() {
    String quinn = TwoTenants.createUser(admin, "quinn");
    WebClient session =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, quinn, PASSWORD));

    PortalApi.Response changed =
        PortalApi.as(stack, quinn, PASSWORD)
            .put(
                "/api/v1/me/password",
                "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a new long passphrase\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);

    assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void changingPlatformRolesEndsTheSessions() {
    String rita = TwoTenants.createUser(admin, "rita");
    WebClient session =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, rita, PASSWORD));
    assertThat(session.get("/api/v1/me").status()).isEqualTo(200);

    // Given once another platform admin approved it (at once while the admin is the platform's only
    // one).
    PlatformAdmins.give(stack, admin, rita, "support");

    WebClient.Answer after = session.get("/api/v1/me");
    assertThat(after.status()).as(after.toString()).isEqualTo(401);
    // Signing in again gives a session with the new roles.
    WebClient again =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, rita, PASSWORD));
    assertThat(again.get("/api/v1/me").body()).contains("support");
  }

  @Test
  void withdrawingAPlatformRoleEndsTheSessions() {
    String walt = TwoTenants.createUser(admin, "walt");
    PlatformAdmins.give(stack, admin, walt, "support");
    WebClient session =
        WebClient.of(stack).cookie(SignedInBrowser.sessionCookie(stack, walt, PASSWORD));
    assertThat(session.get("/api/v1/me").body()).contains("support");

    PortalApi.Response withdrawn = admin.patch("/api/v1/users/" + walt, "{\"roles\":[]}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    // The session signed in with the support group: it must not keep it.
    WebClient.Answer after = session.get("/api/v1/me");
    assertThat(after.status()).as(after.toString()).isEqualTo(401);
    assertThat(session.get("/api/v1/support/repositories/diverged").status()).isIn(401, 403);
  }

  @Test
  void theSessionIdChangesAtSignIn() {
    String sam = TwoTenants.createUser(admin, "sam");
    try (BrowserSession browser = new BrowserSession(stack, "en")) {
      LoginPage login = LoginPage.open(browser);
      Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
      login.signIn(sam, PASSWORD);
      Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");

      assertThat(before).isNotNull();
      assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }
  }
}
