package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GUNs longer than 64 characters: the notary CLI initialises and verifies them, so the portal
 * creates them too (an X.509 common name over RFC 5280's 64-character bound, which notary writes
 * and checks all the same).
 */
class LongGunBrowserIT {

  private static final String NAME = "infra/nginx-reverse-proxy-with-modsecurity-xyz";

  private final PortalStack stack = PortalStack.current();

  @Test
  void aRepositoryWithAGunOver64CharactersIsCreatedInTheBrowserAndAFreshNotaryClientVerifiesIt(
      @TempDir Path work) throws Exception {
    String org = OrganisationsApiIT.uniqueName("longgun");
    assertThat(PortalApi.asAdmin(stack).post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status())
        .isEqualTo(201);
    String gun = RepositoriesIT.REGISTRY_HOST + "/" + org + "/" + NAME;
    assertThat(gun).hasSizeGreaterThan(64);
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.open("/orgs/" + org + "/repositories");
      RepositoriesPage repositories = RepositoriesPage.await(browser);

      repositories.create(NAME);

      repositories.awaitGridShowing(NAME);
      browser.screenshot("long-gun-created");
      repositories.openTrust(NAME);
      assertThat(repositories.gun()).isEqualTo(gun);
      browser.screenshot("long-gun-trust");
    }
    NotaryCli client = NotaryCli.member(stack, work.resolve("fresh-trust"), gun, "SIGNER");
    assertThat(client.run("list", gun)).contains("No targets present in this repository.");
  }

  @Test
  void theApiCreatesALongGunRepositoryAndAGunOverNotarysLimitIsA400ThatStatesIt() throws Exception {
    String org = OrganisationsApiIT.uniqueName("longapi");
    PortalApi admin = PortalApi.asAdmin(stack);
    admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}");

    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + NAME + "\"}");
    PortalApi.Response tooLong =
        admin.post(
            "/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + "a".repeat(250) + "\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("255");
  }
}
