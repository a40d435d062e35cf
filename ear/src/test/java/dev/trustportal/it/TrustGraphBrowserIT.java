package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trust graph on the trust page, the impact in the removal's confirmation, the tags left
 * unverified after it with who can re-sign them, and the expiry radar on the organisation's
 * overview, looked at in English and in Chinese (screenshots under target/screenshots).
 */
class TrustGraphBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TAGS = 7;

  /** A tag name a signer chose to attack the owners' browsers: notary accepts any name. */
  private static final String ATTACK = "<img src=x onerror=window.__xss=1>";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void theTrustGraphTheRemovalsImpactAndTheExpiryRadarReadInEnglishAndChinese(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "graph");
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    KeyPair alice = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "alice", alice);
    admin.addSigner(org, "app", "bob", SignerKeyMaterial.p256());
    signTagsInReleases(work, gun, alice);
    // The radar may have read the new repository before alice signed: due again now, not in 6 h.
    stack.portalSql("update repository set expiry_read_at = null where gun = '" + gun + "'");
    String witness = "notary witness " + gun + " targets/releases --publish";

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
      TrustPage trust = TrustPage.open(browser, org, "app");
      String svg = graph(browser);
      assertThat(svg)
          .contains("Trust graph of " + gun)
          .contains("targets/releases")
          .contains("targets/alice")
          .contains("needs 1 of 2 keys")
          .contains("8 tag(s)")
          .contains("+ 3 more")
          .contains("\u2713 v")
          .contains("\u2713 &lt;img src=x")
          .contains("edge-signs");
      assertThat(browser.driver().findElements(By.cssSelector("#trust-graph img")))
          .as("the signer's tag name is text in the graph, not markup")
          .isEmpty();
      assertThat(browser.driver().executeScript("return window.__xss === undefined"))
          .isEqualTo(true);
      browser.screenshot("trust-graph");

      String confirmation = trust.askToRemoveSigner("alice");
      assertThat(confirmation)
          .contains("These tags stop verifying for a fresh client: ")
          .contains(ATTACK)
          .contains("v1")
          .contains("v2")
          .contains("Afterwards bob can re-sign targets/releases with:")
          .contains(witness)
          .contains(
              "own is held only in targets/alice, which the change deletes: no re-signing brings"
                  + " it back. Afterwards bob can sign it into targets/releases again with:")
          .contains("notary addhash " + gun + " own 7 --sha256 ")
          .contains(" --roles targets/releases --publish");
      browser.screenshot("trust-remove-signer-impact");
      browser.click(
          By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='cancel-button']"));

      DashboardPage.open(browser, org);
      String radar = awaitRadar(browser, "targets/releases");
      assertThat(radar).contains("app").contains("targets/releases (signers re-sign)");
      show(browser, By.id("expiry-radar"));
      browser.screenshot("expiry-radar");
    }

    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
      String confirmation = TrustPage.open(browser, org, "app").askToRemoveSigner("alice");
      assertThat(confirmation)
          .contains("own 仅存在于 targets/alice 中，而此变更会删除该角色")
          .contains("之后 bob 可用以下命令将它重新签入 targets/releases")
          .contains("notary addhash " + gun + " own 7 --sha256 ");
      browser.screenshot("trust-remove-signer-orphan-zh");
      browser.click(
          By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='cancel-button']"));
    }

    PortalApi.Response removal =
        admin.delete("/api/v1/orgs/" + org + "/repositories/app/signers/alice");
    assertThat(removal.status()).as(removal.body()).isEqualTo(202);
    admin.awaitPublished(removal.json().get("id").asLong());

    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
      TrustPage.open(browser, org, "app");
      String resigning = browser.await(By.id("resigning")).getText();
      assertThat(resigning).contains("v1").contains("bob").contains(witness);
      show(browser, By.id("resigning"));
      browser.screenshot("trust-resigning-zh");
      // "own" was only in alice's role: no client finds it now, and the page says who can bring it
      // back.
      String dropped = browser.await(By.id("dropped-tags")).getText();
      assertThat(dropped)
          .contains("移除签名者后客户端找不到的标签")
          .contains("own 仅存在于 targets/alice 中")
          .contains("bob 可用以下命令将它重新签入 targets/releases")
          .contains("notary addhash " + gun + " own 7 --sha256 ");
      show(browser, By.id("dropped-tags"));
      browser.screenshot("trust-dropped-tags-zh");
      String svg = graph(browser);
      assertThat(svg).contains("信任关系图").contains("mark-unverified").contains("未通过验证");
      browser.screenshot("trust-graph-zh");

      DashboardPage.open(browser, org);
      String radar = awaitRadar(browser, "root");
      assertThat(radar).contains("过期雷达").contains("天");
      show(browser, By.id("expiry-radar"));
      browser.screenshot("expiry-radar-zh");
    }
  }

  /** The graph's SVG, scrolled into view. */
  private static String graph(BrowserSession browser) {
    WebElement picture = browser.await(By.id("trust-graph-svg"));
    show(browser, By.id("trust-graph"));
    return picture.getAttribute("outerHTML");
  }

  private static void show(BrowserSession browser, By element) {
    browser
        .driver()
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.await(element));
  }

  /**
   * The radar's text once it lists the role: the radar reads a new repository within seconds, the
   * overview shows what it read when it opens.
   */
  private static String awaitRadar(BrowserSession browser, String role) {
    List<String> seen = new ArrayList<>();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .pollingEvery(Duration.ofSeconds(5))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> {
              String text = d.findElement(By.id("expiry-radar")).getText();
              seen.add(text);
              if (text.contains(role)) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    return seen.get(seen.size() - 1);
  }

  private void signTagsInReleases(Path work, String gun, KeyPair key) throws Exception {
    NotaryCli cli = NotaryCli.member(stack, work.resolve("alice"), gun, "SIGNER");
    cli.importKey(work, "alice", key, "targets/releases");
    for (int i = 1; i <= TAGS; i++) {
      cli.addTag(work, gun, "v" + i, "tag " + i, "targets/releases");
    }
    cli.run(
        "add",
        gun,
        ATTACK,
        NotaryCli.file(work, "attack.txt", "attack").toString(),
        "--roles",
        "targets/releases");
    // A tag only alice's own role holds: her removal deletes it, and no re-signing brings it back.
    cli.addTag(work, gun, "own", "own tag", "targets/alice");
    cli.run("publish", gun);
  }
}
