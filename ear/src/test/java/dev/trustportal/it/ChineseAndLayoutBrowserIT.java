package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a Chinese reader and a lost visitor meet: "Signed by" names signers (签名者), not a "signing
 * role"; a path that shows nothing is a page of the portal, header and navigation included; and a
 * second request for a signer that is already asked for is refused with the reason, in the reader's
 * language too.
 */
class ChineseAndLayoutBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void theChineseTrustPageNamesWhoSignedATagAsSigners(@TempDir Path work) throws Exception {
    String org = TwoTenants.createOrg(admin, "zh");
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    signTag(org, repo.json().get("gun").asText(), work);

    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.open("/orgs/" + org + "/repositories/app");
      WebElement tags = browser.await(By.id("trust-tags"));
      browser.driver().executeScript("arguments[0].scrollIntoView()", tags);
      browser.awaitText(By.id("trust-tags"), "v1");

      // The tags' header: the signer section above is headed 签名者 too, so only this grid tells.
      assertThat(tags.getText()).contains("签名者").contains("alice").doesNotContain("签名角色");
      browser.screenshot("trust-signed-by-zh");
      browser.open("/orgs/" + org + "/changes");
      browser.await(By.id("change-grid"));
      browser.screenshot("changes-dates-zh");
    }
  }

  @Test
  void aSignedInUserMeetsNotFoundInsideTheLayout() throws Exception {
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());

      browser.open("/no-such-page");

      assertThat(browser.await(By.id("not-found")).getText()).isNotBlank();
      assertThat(browser.await(By.id("logout-button")).isDisplayed()).isTrue();
      assertThat(browser.await(By.tagName("vaadin-side-nav")).getText()).contains("Organisations");
      browser.screenshot("not-found-in-layout");
    }
  }

  @Test
  void aSecondPendingRequestForTheSameSignerIsRefusedAndNothingIsFiled() throws Exception {
    String org = TwoTenants.createOrg(admin, "dupes");
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    String viewer = TwoTenants.createUser(admin, "vera");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    PortalApi vera = PortalApi.as(stack, viewer, PASSWORD);
    String path = "/api/v1/orgs/" + org + "/repositories/app/signer-requests";

    PortalApi.Response first = vera.post(path, request("vera"));
    PortalApi.Response second = vera.post(path, request("vera"));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.json().get("error").asText()).isEqualTo("duplicate_signer_request");
    assertThat(second.json().get("message").asText()).contains("waiting for a decision");
    assertThat(
            admin
                .get("/api/v1/orgs/" + org + "/signer-requests?state=PENDING")
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(vera.post(path, request("vera-ci")).status()).isEqualTo(201);
  }

  private static String request(String name) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    return body.toString();
  }

  /** Signer alice, added through the API, signs v1 into targets/releases with the notary CLI. */
  private void signTag(String org, String gun, Path work) throws Exception {
    KeyPair keys = SignerKeyMaterial.p256();
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "alice");
    body.put("publicKey", SignerKeyMaterial.publicPem(keys));
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
    NotaryCli cli = NotaryCli.member(stack, work.resolve("signer"), gun, "SIGNER");
    Path key =
        NotaryCli.file(
            work, "alice-" + UUID.randomUUID() + ".key", SignerKeyMaterial.privatePem(keys));
    cli.run("key", "import", key.toString(), "--role", "targets/releases");
    cli.run(
        "add",
        gun,
        "v1",
        NotaryCli.file(work, "v1.txt", "release v1").toString(),
        "--roles",
        "targets/releases");
    cli.run("publish", gun);
  }
}
