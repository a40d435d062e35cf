package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A viewer asks for a signer on the trust page, an owner sees the count in the navigation and
 * accepts it, and the viewer follows the outcome; the trust page then shows the signer's account,
 * and the tags the viewer publishes with the notary CLI with their role, signers and verification.
 */
class SignerRequestsBrowserIT {

  private static final String REPOSITORY = "app";
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aViewerAsksAnOwnerAcceptsAndTheTrustPageShowsTheLinkedSigner(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "asks");
    String gun =
        admin
            .post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + REPOSITORY + "\"}")
            .json()
            .get("gun")
            .asText();
    String viewer = TwoTenants.createUser(admin, "vic");
    String owner = TwoTenants.createUser(admin, "olga");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    KeyPair key = SignerKeyMaterial.p256();

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(viewer, PASSWORD);
      TrustPage.open(browser, org, REPOSITORY);
      browser.click(By.id("request-signer-button"));
      browser.await(By.cssSelector("#signer-name-field input")).sendKeys("vic");
      browser
          .await(By.cssSelector("#signer-key-field textarea"))
          .sendKeys(SignerKeyMaterial.publicPem(key));
      browser.screenshot("signer-request-dialog");
      browser.click(By.id("file-signer-button"));
      browser.waiter().until(d -> d.findElements(By.id("request-signer-dialog")).isEmpty());

      browser.open("/orgs/" + org + "/signer-requests");
      assertThat(gridText(browser)).contains("vic").contains("Pending");
      browser.screenshot("signer-requests-member");
    }

    long id;
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/orgs/" + org + "/signer-requests");
      browser.awaitText(By.id("signer-requests-badge"), "1");
      assertThat(gridText(browser)).contains("vic").contains(viewer);
      browser.screenshot("signer-requests-owner");
      id =
          admin
              .get("/api/v1/orgs/" + org + "/signer-requests")
              .json()
              .get("items")
              .get(0)
              .get("id")
              .asLong();
      click(browser, By.id("accept-signer-request-" + id));
      // The grid keeps the cells of rows it no longer shows, hidden.
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.id("accept-signer-request-" + id)).stream()
                      .noneMatch(WebElement::isDisplayed));
      browser.open("/orgs/" + org + "/signer-requests");
      browser.await(By.id("signer-request-grid"));
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.id("signer-requests-badge")).stream()
                      .noneMatch(WebElement::isDisplayed));
    }
    long change =
        admin.get("/api/v1/orgs/" + org + "/signer-requests/" + id).json().get("changeId").asLong();
    admin.awaitPublished(change);

    // The linked viewer publishes a tag into its own delegation with the notary CLI.
    NotaryCli cli = NotaryCli.as(stack, work.resolve("vic"), viewer, PASSWORD);
    Path file = NotaryCli.file(work, "vic.key", SignerKeyMaterial.privatePem(key));
    cli.run("key", "import", file.toString(), "--role", "targets/vic");
    cli.run(
        "add",
        gun,
        "v1",
        NotaryCli.file(work, "v1.txt", "one").toString(),
        "--roles",
        "targets/vic");
    cli.run("addhash", gun, "v2", "11", "--sha256", "ab".repeat(32), "--roles", "targets/releases");
    cli.run("publish", gun);
    // A second signer, and releases needs both: v2, signed by vic alone, no longer verifies.
    String signers = "/api/v1/orgs/" + org + "/repositories/" + REPOSITORY + "/signers";
    admin.awaitPublished(
        admin
            .post(
                signers,
                "{\"name\":\"wes\",\"publicKey\":\""
                    + SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()).replace("\n", "\\n")
                    + "\"}")
            .json()
            .get("id")
            .asLong());
    admin.awaitPublished(
        admin
            .put(
                "/api/v1/orgs/" + org + "/repositories/" + REPOSITORY + "/roles/releases/threshold",
                "{\"threshold\":2}")
            .json()
            .get("id")
            .asLong());

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(viewer, PASSWORD);
      browser.open("/orgs/" + org + "/signer-requests");
      browser.awaitText(By.id("signer-request-state-" + id), "Accepted");
      assertThat(gridText(browser)).contains("change #" + change);
      browser.screenshot("signer-requests-accepted");
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);
      trust.awaitSignerListed("vic");
      assertThat(trust.signersText()).contains(viewer);
      browser.screenshot("trust-linked-signer");
      WebElement tagGrid = browser.await(By.id("trust-tags"));
      browser.driver().executeScript("arguments[0].scrollIntoView()", tagGrid);
      String tags = tagGrid.getText();
      assertThat(tags).contains("v1").contains("targets/vic").contains("Verified");
      assertThat(tags)
          .contains("v2")
          .contains("Not verified")
          .contains("Not enough valid signatures for targets/releases: 1 of the 2 needed.");
      browser.screenshot("trust-tags-verification");
    }
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/orgs/" + org + "/signer-requests");
      browser.await(By.id("signer-request-grid"));
      browser.screenshot("signer-requests-zh");
    }
  }

  @Test
  void anOwnerDeclinesARequestWithAReasonWhichTheRequesterReads() throws Exception {
    String org = TwoTenants.createOrg(admin, "declined");
    admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + REPOSITORY + "\"}");
    String viewer = TwoTenants.createUser(admin, "vic");
    String owner = TwoTenants.createUser(admin, "olga");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi.Response filed =
        PortalApi.as(stack, viewer, PASSWORD)
            .post(
                "/api/v1/orgs/" + org + "/repositories/" + REPOSITORY + "/signer-requests",
                "{\"name\":\"vic\",\"publicKey\":\""
                    + SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()).replace("\n", "\\n")
                    + "\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().get("id").asLong();

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/orgs/" + org + "/signer-requests");
      click(browser, By.id("decline-signer-request-" + id));
      browser.await(By.id("decline-reason"));
      click(browser, By.id("confirm-decline"));
      // A blank reason is refused at the field, and the dialog stays.
      browser
          .waiter()
          .until(d -> d.findElement(By.id("decline-reason")).getAttribute("invalid") != null);
      // The field sends its value on change: leave it before the scripted click.
      browser
          .await(By.cssSelector("#decline-reason textarea"))
          .sendKeys("Ask for a key on a security token.", Keys.TAB);
      click(browser, By.id("confirm-decline"));
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.id("decline-reason")).stream()
                      .noneMatch(WebElement::isDisplayed));
      // The grid shows pending requests: the declined one leaves it (its cells stay, hidden).
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.id("decline-signer-request-" + id)).stream()
                      .noneMatch(WebElement::isDisplayed));
      browser.screenshot("signer-request-declined");
    }

    JsonNode declined =
        PortalApi.as(stack, viewer, PASSWORD)
            .get("/api/v1/me/signer-requests")
            .json()
            .get("items")
            .get(0);
    assertThat(declined.get("state").asText()).isEqualTo("DECLINED");
    assertThat(declined.get("reason").asText()).isEqualTo("Ask for a key on a security token.");
  }

  private static String gridText(BrowserSession browser) {
    WebElement grid = browser.await(By.id("signer-request-grid"));
    browser.waiter().until(d -> !grid.getText().isBlank());
    return grid.getText();
  }

  /** Grid cells are slotted light DOM; a native click can land on the overlaying shadow parts. */
  private static void click(BrowserSession browser, By button) {
    browser.driver().executeScript("arguments[0].click()", browser.await(button));
  }
}
