package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The trust page answers "is this tag OK, who signed it, what would this change break?" (issue 25,
 * item 4): each tag once with who could sign it and who did, thresholds in words, Remove key not
 * offered on a signer's only key, the tags a threshold would stop verifying shown before filing,
 * and a change identical to a pending one refused.
 */
class TrustPageBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aChangeIdenticalToAPendingOneIsRefused() {
    String org = TwoTenants.createOrg(admin, "dupes");
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    requireApprovalOfThresholds(org);
    String signers = "/api/v1/orgs/" + org + "/repositories/app/signers";
    String body =
        JSON.createObjectNode()
            .put("name", "carol")
            .put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))
            .toString();

    PortalApi.Response first = admin.post(signers, body);
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    PortalApi.Response again = admin.post(signers, body);

    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("duplicate_change");
    assertThat(again.json().get("message").asText())
        .contains("Change request " + first.json().get("id").asLong())
        .contains("still pending");
    assertThat(
            admin.get("/api/v1/orgs/" + org + "/changes?state=FILED").json().get("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void anOwnerSeesEachTagOnceWithItsSignersThresholdsInWordsAndTheImpactOfAThreshold(
      @TempDir Path work) throws Exception {
    String org = TwoTenants.createOrg(admin, "trustpage");
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    KeyPair alice = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "alice", alice);
    admin.addSigner(org, "app", "bob", SignerKeyMaterial.p256());
    NotaryCli cli = NotaryCli.member(stack, work.resolve("alice"), gun, "SIGNER");
    cli.releaseTag(work, "alice", alice, gun, "v1");
    requireApprovalOfThresholds(org);

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/orgs/" + org + "/repositories/app");
      browser.awaitText(By.id("trust-tags"), "v1");
      assertThat(browser.await(By.id("tag-signatures-v1")).getText())
          .isEqualTo("1 of 2 needed: alice \u2713, bob \u2717");
      assertThat(browser.driver().findElements(By.id("tag-signatures-v1"))).hasSize(1);
      assertThat(browser.await(By.id("trust-roles")).getText())
          .contains("needs 1 of 2 signers: any 1 of alice, bob")
          .contains("needs 1 of 1 key");
      WebElement removeOnlyKey = browser.await(By.cssSelector("[id^='remove-key-alice-']"));
      assertThat(removeOnlyKey.getDomAttribute("disabled")).isNotNull();
      assertThat(removeOnlyKey.getDomAttribute("title"))
          .contains("is the only key of signer 'alice'");
      browser.screenshot("trust-tags-en");

      browser.click(By.id("threshold-releases"));
      WebElement field = browser.await(By.cssSelector("#threshold-field input"));
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
      browser.awaitText(By.id("threshold-impact"), "With 2, this tag would stop verifying: v1");
      browser.screenshot("threshold-impact-en");
      browser.click(By.id("file-threshold-button"));
      browser.waiter().until(d -> d.findElements(By.id("threshold-field")).isEmpty());

      browser.click(By.id("threshold-releases"));
      field = browser.await(By.cssSelector("#threshold-field input"));
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
      browser.click(By.id("file-threshold-button"));
      String error =
          browser
              .waiter()
              .until(
                  d -> {
                    String message =
                        d.findElement(By.id("threshold-field")).getDomProperty("errorMessage");
                    return message != null && !message.isBlank() ? message : null;
                  });
      assertThat(error).contains("does exactly this and is still pending");
      browser.screenshot("duplicate-change-en");
      browser.click(By.id("cancel-threshold-button"));
      browser.waiter().until(d -> d.findElements(By.id("threshold-field")).isEmpty());

      browser.click(By.id("language-select"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.awaitText(By.id("trust-roles"), "需要 2 位签名者中的 1 位");
      assertThat(browser.await(By.id("tag-signatures-v1")).getText())
          .isEqualTo("需要 2 位中的 1 位：alice \u2713, bob \u2717");
      browser.screenshot("trust-tags-zh");
    }
  }

  private void requireApprovalOfThresholds(String org) {
    PortalApi.Response policy =
        admin.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"SET_THRESHOLD\":1,\"ADD_SIGNER\":1},\"selfApproval\":true,\"openHours\":24}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
  }
}
