package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Lists that tell what people need (issue 25, item 8): the organisations list with the caller's
 * role and counts, searchable; the repositories list with whole GUNs and trust columns; empty lists
 * that say what to do next; and no navigation entries that would only lead to a refusal.
 */
class ListsBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;
  private static final String ALPHA = "service-with-a-rather-long-name-alpha";
  private static final String BETA = "service-with-a-rather-long-name-beta";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anOwnerSeesRolesCountsAndTrustColumnsAndSearchesTheirOrganisations(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "lists");
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    String alphaGun = createRepository(org, ALPHA);
    String betaGun = createRepository(org, BETA);
    KeyPair alice = SignerKeyMaterial.p256();
    awaitPublished(fileSigner(org, ALPHA, "alice", SignerKeyMaterial.publicPem(alice)));
    NotaryCli cli = NotaryCli.member(stack, work.resolve("alice"), alphaGun, "SIGNER");
    Path key = NotaryCli.file(work, "alice.key", SignerKeyMaterial.privatePem(alice));
    cli.run("key", "import", key.toString(), "--role", "targets/releases");
    cli.run(
        "add",
        alphaGun,
        "v1",
        NotaryCli.file(work, "v1.txt", "one").toString(),
        "--roles",
        "targets/releases");
    cli.run("publish", alphaGun);
    PortalApi.Response policy =
        admin.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"ADD_SIGNER\":1},\"selfApproval\":true,\"openHours\":24}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    assertThat(
            fileSigner(org, BETA, "bob", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))
                .status())
        .isEqualTo(202);

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/");
      browser.awaitText(By.id("org-grid"), org);
      String row = browser.await(By.id("org-grid")).getText();
      assertThat(row).contains("Your role").contains("Owner").contains("1 pending");
      // admin (owner), the owner, the CLI's signer
      assertThat(browser.await(By.id("members-link-" + org)).getText()).isEqualTo("3");
      assertThat(browser.await(By.id("repositories-link-" + org)).getText()).isEqualTo("2");
      browser.screenshot("orgs-counts-en");

      search(browser, "no-such-organisation");
      browser.awaitText(
          By.id("org-empty"), "None of your organisations has \u201cno-such-organisation\u201d");
      browser.screenshot("orgs-search-empty-en");
      search(browser, org.substring(2));
      browser.awaitText(By.id("org-grid"), org);

      browser.open("/orgs/" + org + "/repositories");
      browser.awaitText(By.id("repository-grid"), "Healthy");
      String grid = browser.await(By.id("repository-grid")).getText();
      assertThat(grid)
          .contains(alphaGun)
          .contains(betaGun)
          .contains("Signed tags")
          .contains("Signers")
          .contains("Pending changes");
      assertThat(browser.await(By.id("repository-state-" + ALPHA)).getText()).isEqualTo("Healthy");
      assertThat(browser.await(By.id("repository-pending-" + BETA)).getText()).isEqualTo("1");
      assertThat(browser.await(By.id("repository-pending-" + ALPHA)).getText()).isEqualTo("0");
      assertThat(cellsOfRow(browser, ALPHA)).contains("\n1\n1\n");
      assertThat(browser.await(By.id("nav-audit")).isDisplayed()).isTrue();
      assertThat(browser.await(By.id("nav-robot-tokens")).isDisplayed()).isTrue();
      browser.screenshot("repositories-trust-en");

      browser.click(By.id("language-select"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waiter().until(d -> d.findElement(By.id("repository-grid")).getText().contains("正常"));
      assertThat(browser.await(By.id("repository-grid")).getText())
          .contains("已签名标签")
          .contains("待处理变更");
      browser.screenshot("repositories-trust-zh");
      browser.open("/");
      browser.awaitText(By.id("org-grid"), "所有者");
      assertThat(browser.await(By.id("org-grid")).getText()).contains("您的角色").contains("1 项待处理");
      browser.screenshot("orgs-counts-zh");
    }
  }

  @Test
  void aViewerSeesNoEntriesThatWouldRefuseThemAndEmptyListsSayWhatToDo() throws Exception {
    String org = TwoTenants.createOrg(admin, "empty");
    String viewer = TwoTenants.createUser(admin, "viewer");
    String nobody = TwoTenants.createUser(admin, "newcomer");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(viewer, PASSWORD);
      browser.open("/orgs/" + org + "/repositories");
      browser.awaitText(
          By.id("repository-empty"),
          org
              + " has no repository yet. Its owners and admins create repositories: ask one of"
              + " them.");
      assertThat(
              browser.driver().findElements(By.id("new-repository-button")).stream()
                  .filter(WebElement::isDisplayed))
          .isEmpty();
      assertThat(browser.driver().findElements(By.id("nav-robot-tokens"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("nav-audit"))).isEmpty();
      assertThat(browser.await(By.id("org-navigation")).getText())
          .contains("Members")
          .doesNotContain("Robot tokens");
      browser.screenshot("viewer-empty-repositories-en");
    }
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(nobody, PASSWORD);
      browser.open("/");
      browser.awaitText(By.id("org-empty"), "您还不属于任何组织");
      browser.screenshot("orgs-empty-zh");
    }
  }

  private static void search(BrowserSession browser, String text) {
    WebElement field = browser.await(By.cssSelector("#org-search input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text, Keys.ENTER);
  }

  /** The visible cells of the repository's row, in column order, one per line. */
  private static String cellsOfRow(BrowserSession browser, String repository) {
    Object text =
        browser
            .driver()
            .executeScript(
                "const grid = arguments[0];"
                    + "const row = [...grid.shadowRoot.querySelectorAll('tbody tr')]"
                    + "  .find(tr => [...tr.querySelectorAll('slot')].some(s => s.assignedNodes()"
                    + "    .some(n => n.textContent.trim() === arguments[1])));"
                    + "return '\\n' + [...row.querySelectorAll('slot')].map(s => s.assignedNodes()"
                    + "  .map(n => n.textContent.trim()).join('')).join('\\n') + '\\n';",
                browser.await(By.id("repository-grid")),
                repository);
    return String.valueOf(text);
  }

  private String createRepository(String org, String name) {
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("gun").asText();
  }

  private PortalApi.Response fileSigner(String org, String repository, String name, String pem) {
    ObjectNode body = JSON.createObjectNode().put("name", name).put("publicKey", pem);
    return admin.post(
        "/api/v1/orgs/" + org + "/repositories/" + repository + "/signers", body.toString());
  }

  private void awaitPublished(PortalApi.Response filed) throws Exception {
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
  }
}
