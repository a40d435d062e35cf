package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person creates a repository in the browser and reads its trust view. */
class RepositoriesBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void adminCreatesARepositoryAndReadsItsTrustView() throws Exception {
    String org = OrganisationsApiIT.uniqueName("ui");
    assertThat(PortalApi.asAdmin(stack).post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status())
        .isEqualTo(201);
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.open("/orgs/" + org + "/repositories");
      RepositoriesPage repositories = RepositoriesPage.await(browser);

      repositories.create("team/web");
      repositories.create("batch");
      repositories.awaitGridShowing("batch", "team/web");
      repositories.filter("web");
      repositories.awaitGridShowing("team/web");
      browser.screenshot("repositories");
      // The test stack accepts any authenticator: a platform admin is told so on every page.
      assertThat(browser.await(By.id("any-fido2-banner")).getText()).contains("any maker");
      repositories.openTrust("team/web");

      assertThat(repositories.gun())
          .isEqualTo(RepositoriesIT.REGISTRY_HOST + "/" + org + "/team/web");
      assertThat(repositories.rolesText())
          .contains("root")
          .contains("targets")
          .contains("snapshot")
          .contains("timestamp");
      assertThat(repositories.notaryConfig()).contains(stack.notaryServer().toString());
      browser.screenshot("repository-trust");
    }
  }
}
