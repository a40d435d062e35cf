package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Single sign-on through a real Keycloak (tools/keycloak.sh, realm
 * tools/keycloak/trust-portal-realm.json): people sign in on Keycloak's own form, land in the
 * organisations their groups ({@code /orgs/<org>/<role>}) name with that role, and signing out ends
 * the Keycloak session too.
 *
 * <p>It restarts the stack with single sign-on switched on ({@code PORTAL_OIDC_*}) and leaves it
 * so, which is why the build runs it after every other integration test; against a stack of your
 * own, {@code tools/stack.sh restart} without those variables switches it off again.
 */
class SingleSignOnIT {

  private static final PortalStack STACK = PortalStack.current();
  private static KeycloakServer keycloak;
  private static String password;
  private BrowserSession browser;

  @BeforeAll
  static void switchSingleSignOnOn() throws Exception {
    keycloak = KeycloakServer.awaitStarted(STACK);
    password = keycloak.userPassword();
    PortalApi admin = PortalApi.asAdmin(STACK);
    for (String org : new String[] {"acme", "globex"}) {
      int status = admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status();
      assertThat(status).as("creating " + org).isIn(201, 409);
    }
    if (!singleSignOnActive()) {
      STACK.restart(keycloak.portalConfiguration("groups"));
    }
  }

  /**
   * Already on (a second run against the same stack) when /sso/login sends the browser to Keycloak.
   */
  private static boolean singleSignOnActive() {
    PortalApi.Response start = PortalApi.anonymous(STACK).get("/sso/login");
    return start.status() == 302
        && start.header("Location").orElse("").startsWith(keycloak.issuer());
  }

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession(STACK, "en-US");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anOwnerSignsInOnKeycloaksFormWithPkceAndLandsInTheirOrganisationAsOwner() throws Exception {
    browser.open("/");
    KeycloakLoginPage keycloakForm = KeycloakLoginPage.await(browser);
    assertThat(keycloakForm.url())
        .startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
        .contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=");

    OrganisationsPage organisations = keycloakForm.signIn("alice", password);

    organisations.awaitInGrid("acme");
    assertThat(organisations.pageText()).contains("Signed in as alice").doesNotContain("globex");
    browser.screenshot("sso-owner-organisations");
    MembersPage members = organisations.openMembers("acme");
    members.awaitInGrid("alice");
    members.awaitInGrid("Owner");
    assertThat(member("acme", "alice").get("role").asText()).isEqualTo("OWNER");
  }

  @Test
  void aViewerCannotManageMembersNorOpenTheAuditLog() throws Exception {
    browser.open("/");
    OrganisationsPage organisations = KeycloakLoginPage.await(browser).signIn("bob", password);
    organisations.awaitInGrid("acme");
    MembersPage members = organisations.openMembers("acme");
    members.awaitInGrid("Viewer");

    // The view offers a viewer no member changes (the service would refuse them: TenancyIT,
    // AuditIT).
    assertThat(browser.driver().findElements(By.id("add-member-button")))
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.driver().findElements(By.cssSelector("[id^='remove-member-']")))
        .noneMatch(WebElement::isDisplayed);
    browser.screenshot("sso-viewer-refused");
    browser.open("/audit");
    browser.awaitText(By.tagName("body"), "audit");
    assertThat(browser.driver().findElements(By.id("audit-grid"))).isEmpty();
    browser.screenshot("sso-viewer-audit");
    assertThat(member("acme", "bob").get("role").asText()).isEqualTo("VIEWER");
  }

  @Test
  void signingOutEndsTheKeycloakSessionSoTheNextSignInAsksAgain() throws Exception {
    browser.open("/");
    KeycloakLoginPage.await(browser).signIn("gina", password).awaitInGrid("globex");
    // While Keycloak's session lives, losing the portal's session signs in again without a form.
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.open("/");
    OrganisationsPage.await(browser).awaitInGrid("globex");

    browser.click(By.id("logout-button"));

    KeycloakLoginPage again = KeycloakLoginPage.await(browser);
    assertThat(again.url()).startsWith(keycloak.issuer());
    browser.screenshot("sso-signed-out");
    browser.open("/");
    assertThat(KeycloakLoginPage.await(browser).url()).startsWith(keycloak.issuer());
  }

  @Test
  void aClaimNamingAnUnknownOrganisationIsIgnoredAndAudited() throws Exception {
    browser.open("/");
    OrganisationsPage organisations = KeycloakLoginPage.await(browser).signIn("ivan", password);

    assertThat(organisations.pageText()).contains("Signed in as ivan");
    PortalApi admin = PortalApi.asAdmin(STACK);
    assertThat(admin.get("/api/v1/orgs/initech").status()).isEqualTo(404);
    JsonNode events = admin.get("/api/v1/platform/audit?size=100").json().get("items");
    assertThat(StreamSupport.stream(events.spliterator(), false))
        .anySatisfy(
            event -> {
              assertThat(event.get("action").asText()).isEqualTo("membership.claim-ignored");
              assertThat(event.get("target").asText()).isEqualTo("initech");
              assertThat(event.get("actor").asText()).isEqualTo("ivan");
            });
  }

  @Test
  void aCallbackThatNoSignInOfThisBrowserStartedIsRefusedAndExplained() throws Exception {
    // A forged or replayed callback (RFC 6749 §10.12): its state matches no sign-in of this
    // session.
    browser.open("/sso/callback?code=stolen-code&state=forged-state");

    assertThat(browser.await(By.id("sso-message")).getText()).contains("expired");
    assertThat(browser.await(By.id("sso-button")).getText()).contains("single sign-on");
    browser.screenshot("sso-callback-refused");
  }

  @Test
  void aDisabledAccountSignsInNoMoreThroughKeycloakUntilItIsEnabledAgain() throws Exception {
    PortalApi admin = PortalApi.asAdmin(STACK);
    assertThat(
            PortalApi.bearer(STACK, keycloak.accessToken("gus", password))
                .get("/api/v1/me")
                .status())
        .isIn(200, 401); // 401 when a run before this one left the account disabled
    assertThat(admin.patch("/api/v1/users/gus", "{\"disabled\":false}").status()).isEqualTo(200);
    assertThat(
            PortalApi.bearer(STACK, keycloak.accessToken("gus", password))
                .get("/api/v1/me")
                .status())
        .isEqualTo(200);

    PortalApi.Response disabled = admin.delete("/api/v1/users/gus");

    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().get("local").asBoolean()).isFalse();
    PortalApi.Response refused =
        PortalApi.bearer(STACK, keycloak.accessToken("gus", password)).get("/api/v1/me");
    assertThat(refused.status()).as(refused.body()).isEqualTo(401);
    assertThat(
            admin
                .patch("/api/v1/users/gus", "{\"disabled\":false}")
                .json()
                .get("disabled")
                .asBoolean())
        .isFalse();
    assertThat(
            PortalApi.bearer(STACK, keycloak.accessToken("gus", password))
                .get("/api/v1/me")
                .status())
        .isEqualTo(200);
  }

  @Test
  void scriptsCallTheApiWithKeycloakAccessTokensWithinTheirMemberships() throws Exception {
    PortalApi alice = PortalApi.bearer(STACK, keycloak.accessToken("alice", password));
    PortalApi.Response organisations = alice.get("/api/v1/orgs");
    assertThat(organisations.status()).as(organisations.body()).isEqualTo(200);
    assertThat(organisations.body()).contains("\"acme\"").doesNotContain("\"globex\"");

    PortalApi bob = PortalApi.bearer(STACK, keycloak.accessToken("bob", password));
    assertThat(bob.get("/api/v1/orgs/acme/repositories").status()).isEqualTo(200);
    assertThat(bob.post("/api/v1/orgs/acme/repositories", "{\"name\":\"by-a-viewer\"}").status())
        .isEqualTo(403);
    assertThat(bob.get("/api/v1/orgs/globex/repositories").status()).isEqualTo(404);

    String token = keycloak.accessToken("alice", password);
    String forged =
        token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    PortalApi.Response refused = PortalApi.bearer(STACK, forged).get("/api/v1/orgs");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("message").asText()).contains("access token");
  }

  @Test
  void whileKeycloakIsDownTheSignInPageSaysSoAndApiTokensKeepWorking() throws Exception {
    PortalApi.Response created =
        PortalApi.asAdmin(STACK)
            .post(
                "/api/v1/me/tokens",
                "{\"name\":\"outage\",\"access\":\"READ\",\"expiresInDays\":1}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    PortalApi script = PortalApi.bearer(STACK, created.json().get("secret").asText());
    KeycloakServer.stop(STACK);
    try {
      browser.open("/sso/login");
      assertThat(browser.await(By.id("sso-message")).getText()).contains("not available right now");
      browser.screenshot("sso-keycloak-down");
      assertThat(script.get("/api/v1/orgs").status())
          .as("an API token of the portal")
          .isEqualTo(200);
    } finally {
      keycloak = KeycloakServer.awaitStarted(STACK);
    }
  }

  @Test
  void theBreakGlassAdminKeepsPasswordsWhileLocalAccountsAreNeitherCreatedNorSignedIn()
      throws Exception {
    PortalApi admin = PortalApi.asAdmin(STACK);
    assertThat(admin.get("/api/v1/orgs").status()).isEqualTo(200);
    String local = OrganisationsApiIT.uniqueName("local");
    PortalApi.Response created =
        admin.post(
            "/api/v1/users",
            "{\"username\":\"" + local + "\",\"password\":\"correct horse battery\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(409);
    assertThat(created.json().get("error").asText()).isEqualTo("accounts_from_identity_provider");
    assertThat(created.json().get("message").asText()).contains("identity provider (Keycloak)");
    assertThat(PortalApi.as(STACK, local, "correct horse battery").get("/api/v1/orgs").status())
        .isEqualTo(401);

    browser.open("/login?local");
    assertThat(browser.await(By.id("break-glass-note")).getText()).contains("platform admin");
    browser.screenshot("sso-break-glass");
    OrganisationsPage organisations = new LoginPage(browser).signIn("admin", STACK.adminPassword());

    organisations.awaitInGrid("acme");
  }

  private static JsonNode member(String org, String username) {
    JsonNode items =
        PortalApi.asAdmin(STACK)
            .get("/api/v1/orgs/" + org + "/members?size=100")
            .json()
            .get("items");
    return StreamSupport.stream(items.spliterator(), false)
        .filter(m -> m.get("username").asText().equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " is no member of " + org + ": " + items));
  }
}
