package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * An owner finds what waits for their security key: the overview's "Needs your approval" panel and
 * the navigation badge (changes and support cases), the approvals column and repository filter of
 * the changes list, and Approve disabled with the reason on their own change while self-approval is
 * off.
 */
class WorkQueuesBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anOwnerSeesWhatWaitsForTheirKeyApprovesItThereAndCannotApproveTheirOwnChange()
      throws Exception {
    String me = TwoTenants.createUser(admin, "owner");
    String other = TwoTenants.createUser(admin, "owner");
    String org = TwoTenants.createOrg(admin, "queue", me);
    PortalApi mine = PortalApi.as(stack, me, PASSWORD);
    PortalApi theirs = PortalApi.as(stack, other, PASSWORD);
    TwoTenants.addMember(mine, org, other, "OWNER");
    assertThat(mine.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    assertThat(mine.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"other\"}").status())
        .isEqualTo(201);
    PortalApi.Response policy =
        mine.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"ADD_SIGNER\":2},\"selfApproval\":false,\"openHours\":24}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    long own = fileSigner(mine, org, "app", "alice");
    long waiting = fileSigner(theirs, org, "app", "bob");
    long elsewhere = fileSigner(theirs, org, "other", "carol");
    long supportCase = openApprovedByAgent(org);

    try (BrowserSession browser = new BrowserSession(stack, "en-US").onLocalhost()) {
      browser
          .driver()
          .addVirtualAuthenticator(
              new VirtualAuthenticatorOptions()
                  .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                  .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                  .setHasResidentKey(false)
                  .setHasUserVerification(true)
                  .setIsUserVerified(true));
      LoginPage.open(browser).signIn(me, PASSWORD);
      browser.registerSecurityKey("desk key");
      pastCoolingOff(me);

      browser.open("/orgs/" + org);
      WebElement panel = browser.await(By.id("needs-approval"));
      assertThat(panel.getText())
          .contains("Needs your approval (3)")
          .contains("#" + waiting + " app")
          .contains("#" + elsewhere + " other")
          .contains("Support case #" + supportCase)
          .doesNotContain("#" + own + " app");
      assertThat(browser.await(By.id("approvals-badge")).getText()).isEqualTo("3");
      browser.screenshot("needs-approval-en");

      browser.click(By.id("needs-approval-change-" + waiting));
      browser.click(By.id("approve-with-key"));
      browser.waiter().until(d -> d.findElements(By.id("approve-dialog")).isEmpty());
      browser.waiter().until(d -> d.findElement(By.id("approvals-badge")).getText().equals("2"));
      assertThat(browser.await(By.id("needs-approval")).getText())
          .doesNotContain("#" + waiting + " app");

      ChangesPage changes = ChangesPage.open(browser, org);
      changes.awaitChange(own, "FILED");
      WebElement ownApprove = browser.await(By.id("approve-change-" + own));
      assertThat(ownApprove.getDomAttribute("disabled")).isNotNull();
      assertThat(browser.await(By.id("approve-refusal-" + own)).getText())
          .contains("another owner must approve");
      assertThat(browser.await(By.id("approve-change-" + elsewhere)).getDomAttribute("disabled"))
          .isNull();
      // Approved by me: the change still waits for a second owner, but no longer for me.
      assertThat(browser.await(By.id("approve-refusal-" + waiting)).getText()).contains("approved");
      assertThat(changes.gridText()).contains("1 of 2").contains("0 of 2");
      browser.screenshot("changes-approvals-en");

      browser.open("/orgs/" + org + "/changes?repository=other");
      browser.await(By.id("change-details-" + elsewhere));
      browser.waiter().until(d -> d.findElements(By.id("change-details-" + own)).isEmpty());
      assertThat(
              browser
                  .await(By.cssSelector("#change-repository-filter input"))
                  .getDomProperty("value"))
          .isEqualTo("other");
      browser.screenshot("changes-repository-filter-en");

      browser.open("/orgs/" + org);
      browser.click(By.id("language-select"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser
          .waiter()
          .until(d -> d.findElement(By.id("needs-approval")).getText().contains("等待您批准（2）"));
      browser.screenshot("needs-approval-zh");
    }
  }

  private long fileSigner(PortalApi who, String org, String repository, String name) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        who.post(
            "/api/v1/orgs/" + org + "/repositories/" + repository + "/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  /**
   * A support case for the organisation's repository that the agent approved: it waits for an
   * owner.
   */
  private long openApprovedByAgent(String org) throws Exception {
    String agent = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agent, "support");
    PortalApi agentApi = PortalApi.as(stack, agent, PASSWORD);
    TestSecurityKey agentKey = TestSecurityKey.enrolled(stack, agentApi, "key");
    pastCoolingOff(agent);
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", RepositoriesIT.REGISTRY_HOST + "/" + org + "/app");
    body.put("kind", "SNAPSHOT_KEY_ROTATION");
    body.put("ticket", "SUP-2501");
    body.put("reason", "A monitoring alert about the snapshot key.");
    PortalApi.Response opened = agentApi.post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    PortalApi.Response challenge =
        agentApi.get("/api/v1/support/cases/" + id + "/approval-challenge");
    PortalApi.Response approved =
        agentApi.post(
            "/api/v1/support/cases/" + id + "/approvals",
            agentKey.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return id;
  }

  /**
   * The person's keys were registered after the organisation required approvals: they count once
   * their cooling-off is over (SecurityKeyConfirmationIT proves that rule); here it is over.
   */
  private void pastCoolingOff(String username) throws Exception {
    stack.letKeysCoolOff("username = '" + username + "'");
  }
}
