package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A support agent at the browser: finds a repository of an organisation they do not belong to by a
 * part of its GUN and sees its health, opens a trust-reset case (the dialog says what is wrong with
 * a bad ticket or a short reason), reads the plan before anything happens, approves it with a
 * security key (Chromium's virtual authenticator) and, once the owner approved too, carries it out.
 * A member of the organisation then sees the reset notice on the repository's trust page.
 */
class SupportDeskBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anAgentFindsARepositoryOpensAResetCaseReadsThePlanAndAMemberSeesTheNotice(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "desk");
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    String gun = repo.json().get("gun").asText();
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    TestSecurityKey ownerKey =
        TestSecurityKey.enrolled(stack, PortalApi.as(stack, owner, PASSWORD), "key");
    String agent = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agent, "support");
    signTag(org, gun, work);
    String brokenGun = halfReset(org, owner, ownerKey);
    long id;

    try (BrowserSession desk = new BrowserSession(stack, "en-US").onLocalhost()) {
      desk.driver()
          .addVirtualAuthenticator(
              new VirtualAuthenticatorOptions()
                  .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                  .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                  .setHasResidentKey(false)
                  .setHasUserVerification(true)
                  .setIsUserVerified(true));
      // An agent who belongs to no organisation starts at the support desk.
      LoginPage.open(desk).attemptSignIn(agent, PASSWORD);
      desk.awaitUrlEndingWith("/support");
      desk.registerSecurityKey("desk key");

      SupportDeskPage page = SupportDeskPage.open(desk).search(org + "/", gun);
      assertThat(page.gridText())
          .contains(org)
          .contains("Healthy")
          .contains("Nothing to look at.")
          .contains(brokenGun)
          .contains("1 to look at")
          .contains("The trust data fails verification");
      desk.screenshot("support-search");

      page.openCaseDialog(gun);
      page.chooseKind("Trust reset");
      page.fill("bad ticket!", "lost key");
      page.submit();
      assertThat(page.errorOf("open-case-ticket")).contains("SUP-1234");
      page.fill("SUP-4711", "lost key");
      page.submit();
      assertThat(page.errorOf("open-case-reason")).contains("8 characters; expected 10 to 2000");
      page.fill("SUP-4711", "The publisher lost the root key with a laptop.");
      page.submit();

      String plan = page.awaitPlan();
      assertThat(page.text("case-plan-intro")).contains("Nothing has happened yet");
      assertThat(plan)
          .contains("Delete the remote trust data of " + gun)
          .contains("Re-add signer alice (targets/alice)")
          .contains("Tags to be signed again: v1.");
      assertThat(page.text("case-approvals")).contains("0 of 2");
      desk.screenshot("support-case-plan");
      id = Long.parseLong(desk.driver().getCurrentUrl().replaceAll(".*/support/cases/", ""));

      page.approveWithKey("1 of 2");
      approve(PortalApi.as(stack, owner, PASSWORD), ownerKey, id, "APPROVED");
      desk.open("/support/cases/" + id);
      page.carryOut();
      desk.screenshot("support-case-done");
    }

    JsonNode notice =
        PortalApi.as(stack, owner, PASSWORD)
            .get("/api/v1/orgs/" + org + "/repositories/app/reset-notice")
            .json();
    try (BrowserSession member = new BrowserSession(stack, "en-US")) {
      LoginPage.open(member).signIn(owner, PASSWORD);
      member.open("/orgs/" + org + "/repositories/app");
      WebElement shown = member.await(By.id("reset-notice"));
      assertThat(member.await(By.id("reset-notice-root-key")).getText())
          .isEqualTo(notice.get("newRootKeyId").asText());
      assertThat(member.await(By.id("reset-notice-command")).getText())
          .contains("rm -rf ~/.docker/trust/tuf/" + gun);
      assertThat(member.await(By.id("reset-notice-tags")).getText()).contains("v1");
      assertThat(shown.getText()).contains("support case #" + id);
      member.screenshot("reset-notice");

      // A case nothing was carried out of yet, cancelled by the owner with a reason.
      long unwanted = openRotation(gun, agent);
      member.open("/support/cases/" + unwanted);
      member.click(By.id("case-cancel"));
      member.await(By.cssSelector("#cancel-case-reason textarea")).sendKeys("short");
      member.click(By.id("confirm-cancel-case"));
      member.awaitText(By.id("cancel-case-reason"), "expected 10 to 2000");
      member.screenshot("support-case-cancel-dialog");
      member
          .await(By.cssSelector("#cancel-case-reason textarea"))
          .sendKeys(": the snapshot key is fine, the alert was a false alarm.");
      member.click(By.id("confirm-cancel-case"));
      member.awaitText(By.id("case-cancellation"), "the alert was a false alarm");
      assertThat(member.await(By.id("case-state")).getText()).contains("Cancelled");
      assertThat(member.driver().findElements(By.id("case-cancel"))).isEmpty();
      member.screenshot("support-case-cancelled");
    }
  }

  /**
   * A second repository whose reset stopped after deleting its trust data (one step of an approved
   * case): the search finds its metadata missing. Another agent does it: the agent at the browser
   * registers their first key there (a second would need a touch of the first).
   */
  private String halfReset(String org, String owner, TestSecurityKey ownerKey) throws Exception {
    String agent = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agent, "support");
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"old\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    String gun = repo.json().get("gun").asText();
    PortalApi agentApi = PortalApi.as(stack, agent, PASSWORD);
    TestSecurityKey agentKey = TestSecurityKey.enrolled(stack, agentApi, "key");
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", "TRUST_RESET");
    body.put("ticket", "SUP-4710");
    body.put("reason", "Left half done on purpose by the test.");
    PortalApi.Response opened = agentApi.post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    approve(agentApi, agentKey, id, "AWAITING_APPROVAL");
    approve(PortalApi.as(stack, owner, PASSWORD), ownerKey, id, "APPROVED");
    PortalApi.Response deleted =
        agentApi.post("/api/v1/support/cases/" + id + "/execution?steps=1", "");
    assertThat(deleted.json().get("step").asText()).as(deleted.body()).isEqualTo("INITIALISE");
    return gun;
  }

  private long openRotation(String gun, String agent) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", "SNAPSHOT_KEY_ROTATION");
    body.put("ticket", "SUP-4712");
    body.put("reason", "A monitoring alert about the snapshot key.");
    PortalApi.Response opened =
        PortalApi.as(stack, agent, PASSWORD).post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asLong();
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

  private static void approve(PortalApi who, TestSecurityKey key, long id, String state)
      throws Exception {
    PortalApi.Response challenge = who.get("/api/v1/support/cases/" + id + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    PortalApi.Response approved =
        who.post(
            "/api/v1/support/cases/" + id + "/approvals",
            key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isEqualTo(state);
  }
}
