package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The support desk without its traps: opening it reads and records nothing, an agent without
 * organisations starts there, a repository with an open case offers that case instead of a second
 * one, and the cases list filters and shows whole GUNs.
 */
class SupportDeskTrapsBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;
  private static final String LONG_NAME = "infra/nginx-reverse-proxy-with-modsecurity-xyz";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void openingTheSupportDeskWritesNothingToAnyOrganisationsAuditChain() throws Exception {
    // Some organisation with a repository, so that an unfiltered search would have something to
    // record.
    String org = TwoTenants.createOrg(admin, "quiet");
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    String agent = agent();
    String before = organisationEvents();

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser);
      signIn(browser, agent);
      browser.awaitUrlEndingWith("/support");
      assertThat(browser.await(By.id("support-page-info")).getText())
          .contains("Type part of a GUN");
      browser.screenshot("support-desk-opened");
    }

    assertThat(organisationEvents()).isEqualTo(before);
  }

  @Test
  void aRepositoryWithAnOpenCaseOffersThatCaseAndTheCasesListFiltersByGunShowingItWhole()
      throws Exception {
    String org = TwoTenants.createOrg(admin, "cases");
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + LONG_NAME + "\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    String gun = repo.json().get("gun").asText();
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"calm\"}").status())
        .isEqualTo(201);
    String agent = agent();
    long id = openCase(agent, gun);

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser);
      signIn(browser, agent);
      browser.awaitUrlEndingWith("/support");
      SupportDeskPage desk = SupportDeskPage.open(browser).search(org + "/", gun);
      String slug = gun.replaceAll("[^A-Za-z0-9]", "-");
      assertThat(browser.await(By.id("open-cases-" + slug)).getText()).isEqualTo("Open cases: 1");
      assertThat(browser.driver().findElements(By.id("open-case-" + slug))).isEmpty();
      String calm = RepositoriesIT.REGISTRY_HOST + "/" + org + "/calm";
      assertThat(
              browser
                  .await(By.id("open-case-" + calm.replaceAll("[^A-Za-z0-9]", "-")))
                  .isDisplayed())
          .isTrue();
      assertThat(desk.gridText()).contains(gun);
      browser.screenshot("support-open-case-offered-once");

      browser.click(By.id("open-cases-" + slug));
      browser.await(By.id("case-link-" + id));
      WebElement filter = browser.await(By.cssSelector("#case-gun-filter input"));
      assertThat(filter.getDomProperty("value")).isEqualTo(gun);
      assertThat(browser.await(By.id("case-grid")).getText()).contains(gun);
      filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), org + "/calm", Keys.ENTER);
      // The grid's size is the count its data provider answered: rows it hides may stay in the DOM.
      browser.waiter().until(d -> "0".equals(gridSize(browser)));
      filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), org + "/infra", Keys.ENTER);
      browser.waiter().until(d -> "1".equals(gridSize(browser)));
      browser.screenshot("support-cases-filtered");
    }
  }

  private static String gridSize(BrowserSession browser) {
    return String.valueOf(
        browser.driver().executeScript("return document.getElementById('case-grid').size"));
  }

  private String agent() {
    String agent = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agent, "support");
    return agent;
  }

  private static void signIn(BrowserSession browser, String user) {
    browser.await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(user);
    browser
        .await(By.cssSelector("vaadin-password-field[name='password'] input"))
        .sendKeys(PASSWORD, Keys.ENTER);
  }

  private long openCase(String agent, String gun) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", "SNAPSHOT_KEY_ROTATION");
    body.put("ticket", "SUP-2507");
    body.put("reason", "A monitoring alert about the snapshot key.");
    PortalApi.Response opened =
        PortalApi.as(stack, agent, PASSWORD).post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asLong();
  }

  /**
   * What the support desk wrote to organisations' chains, as count and newest ID: opening it
   * changes neither.
   */
  private String organisationEvents() throws Exception {
    return stack.portalSql(
        "select count(*) || '/' || coalesce(max(id), 0) from audit_event"
            + " where organisation is not null and action like 'support.%'");
  }
}
