package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The audit page searched and exported (issue 25, item 6): filters by actor, repository and text
 * narrow the grid, actions are shown in words with their code at hand, a click opens an event's
 * whole detail, and the export links download exactly what is shown, in English and in Chinese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSearchBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;

  @BeforeAll
  void eventsOfSeveralKinds() {
    tenants = TwoTenants.create(stack);
    // alice's refused read: an access.denied event in B's chain.
    assertThat(tenants.as(tenants.alice).get("/api/v1/orgs/" + tenants.orgB + "/members").status())
        .isEqualTo(404);
  }

  @Test
  void anOwnerFiltersExpandsAndExportsWhatIsShownInEnglish() throws Exception {
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      browser.open("/audit?org=" + tenants.orgB);
      awaitAction(browser, "member.added", "Member added");

      browser.type(By.cssSelector("#audit-filter-gun input"), tenants.gunB);
      awaitOnlyTarget(browser, tenants.gunB);
      browser.awaitText(By.id("audit-matching"), "matching events");
      awaitAction(browser, "change.filed", "Change filed");

      // The whole detail of the change, with its digest, opens below the row.
      click(browser, actionCell(browser, "change.filed"));
      WebElement detail = browser.await(By.cssSelector(".audit-details-detail"));
      browser.waiter().until(d -> detail.isDisplayed() && !detail.getText().isBlank());
      assertThat(browser.await(By.cssSelector(".audit-details-code")).getText())
          .isEqualTo("change.filed");
      browser.screenshot("audit-filtered-details-en");

      List<List<String>> csv = Csv.parse(download(browser, "audit-export-csv"));
      List<List<String>> events = csv.subList(1, csv.size());
      assertThat(events).isNotEmpty().allMatch(row -> row.get(5).equals(tenants.gunB));
      assertThat(browser.await(By.id("audit-matching")).getText())
          .startsWith(events.size() + " matching events");

      // A range that ends before it starts is refused under the fields; the grid stays.
      DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      typeDate(browser, "audit-filter-from", today.plusDays(1).format(us));
      typeDate(browser, "audit-filter-to", today.format(us));
      browser.awaitText(By.id("audit-filter-error"), "ends before it starts");
      browser.screenshot("audit-bad-range-en");
      browser.click(By.id("audit-filter-clear"));
      awaitAction(browser, "member.added", "Member added");
    }
    assertThat(exportsOfB()).anyMatch(detail -> detail.startsWith("CSV export; gun="));
  }

  @Test
  void anOwnerFiltersByActorAndExportsJsonInChinese() throws Exception {
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      browser.open("/audit?org=" + tenants.orgB);
      awaitAction(browser, "member.added", "已添加成员");

      browser.type(By.cssSelector("#audit-filter-actor input"), tenants.alice);
      awaitAction(browser, "access.denied", "访问被拒绝");
      browser.waiter().until(d -> actionCodes(browser).equals(List.of("access.denied")));
      click(browser, actionCell(browser, "access.denied"));
      browser.await(By.cssSelector(".audit-details-target"));
      browser.awaitText(By.id("audit-matching"), "条匹配事件");
      browser.screenshot("audit-search-zh");

      JsonNode exported = JSON.readTree(download(browser, "audit-export-json"));
      assertThat(exported.size()).isGreaterThan(0);
      exported.forEach(
          event -> {
            assertThat(event.get("actor").asText()).isEqualTo(tenants.alice);
            assertThat(event.get("action").asText()).isEqualTo("access.denied");
          });
    }
  }

  /** Types a date and commits it with Enter, which also closes the picker's calendar. */
  private static void typeDate(BrowserSession browser, String picker, String date) {
    WebElement input = browser.await(By.cssSelector("#" + picker + " input"));
    input.click();
    input.sendKeys(date, Keys.ENTER);
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty()
                    && date.equals(input.getDomProperty("value")));
  }

  /** Clicks a cell, scrolled to the middle first: the grid may show only a few rows. */
  private static void click(BrowserSession browser, WebElement cell) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
    cell.click();
  }

  /**
   * The export link's download, fetched in the page with the session's cookie. The text comes back
   * JSON-encoded: the driver would turn its CRLF line ends into LF.
   */
  private static String download(BrowserSession browser, String link) throws Exception {
    String href = browser.await(By.id(link)).getDomAttribute("href");
    assertThat(href).isNotBlank();
    Object body =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.text())"
                    + ".then(t => done(JSON.stringify(t)), e => done(JSON.stringify('' + e)));",
                href);
    return JSON.readValue(String.valueOf(body), String.class);
  }

  private static void awaitAction(BrowserSession browser, String code, String label) {
    browser.waiter().until(d -> actionCell(browser, code) != null);
    assertThat(actionCell(browser, code).getText()).isEqualTo(label);
  }

  private static WebElement actionCell(BrowserSession browser, String code) {
    // The grid keeps the rows of a longer result hidden, not removed: only shown ones count.
    return browser
        .driver()
        .findElements(By.cssSelector("#audit-grid [data-action='" + code + "']"))
        .stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private static List<String> actionCodes(BrowserSession browser) {
    return browser.driver().findElements(By.cssSelector("#audit-grid [data-action]")).stream()
        .filter(WebElement::isDisplayed)
        .map(cell -> cell.getDomAttribute("data-action"))
        .distinct()
        .toList();
  }

  private static void awaitOnlyTarget(BrowserSession browser, String gun) {
    browser
        .waiter()
        .until(
            d ->
                actionCodes(browser).stream()
                    .noneMatch(
                        code -> code.equals("member.added") || code.equals("access.denied")));
    assertThat(browser.driver().findElement(By.id("audit-grid")).getText()).contains(gun);
  }

  private List<String> exportsOfB() {
    return tenants.eventsOfB().stream()
        .filter(event -> event.get("action").asText().equals("audit.exported"))
        .map(event -> event.get("detail").asText())
        .toList();
  }
}
