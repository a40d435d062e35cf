package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person creates an API token in the browser, sees its secret once, uses it, and revokes it; from
 * then on the token is refused and the secret is nowhere to be seen again.
 */
class ApiTokensBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void aTokenCreatedInTheBrowserShowsItsSecretOnceWorksAndIsRevoked() throws Exception {
    TwoTenants tenants = TwoTenants.create(stack);
    String repositories = "/api/v1/orgs/" + tenants.orgB + "/repositories";
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      ApiTokensPage page = ApiTokensPage.open(browser);

      String secret = page.create("release pipeline");
      assertThat(secret).matches("tp_[0-9]+_[A-Za-z0-9_-]{43}");
      assertThat(page.pageText()).contains("shown only this once");
      browser.screenshot("api-token-secret");
      page.closeSecret();
      page.awaitInGrid("release pipeline");
      assertThat(page.pageText()).doesNotContain(secret);
      assertThat(PortalApi.bearer(stack, secret).get(repositories).status()).isEqualTo(200);

      // Reopened, the view lists the token and never its secret.
      page = ApiTokensPage.open(browser);
      page.awaitInGrid("release pipeline");
      assertThat(browser.driver().getPageSource()).doesNotContain(secret.split("_", 3)[2]);
      browser.screenshot("api-tokens");

      page.revoke(Long.parseLong(secret.split("_")[1]));
      page.awaitNotInGrid("release pipeline");
      assertThat(PortalApi.bearer(stack, secret).get(repositories).status()).isEqualTo(401);
    }
  }

  @Test
  void anOwnerCreatesARobotTokenThatActsForTheOrganisation() throws Exception {
    TwoTenants tenants = TwoTenants.create(stack);
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      ApiTokensPage robots = ApiTokensPage.openRobots(browser, tenants.orgB);
      String secret = robots.create("ci-build");
      assertThat(robots.pageText()).contains("robot$" + tenants.orgB + "$ci-build");
      browser.screenshot("robot-token-secret-zh");
      robots.closeSecret();
      robots.awaitInGrid("ci-build");
      PortalApi.Response asRobot =
          PortalApi.bearer(stack, secret).get("/api/v1/orgs/" + tenants.orgB + "/repositories");
      assertThat(asRobot.status()).isEqualTo(200);
      assertThat(asRobot.body()).contains(tenants.repoB);
    }
  }
}
