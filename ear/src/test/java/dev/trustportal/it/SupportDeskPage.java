package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** The support desk: the search with its health column, the open-case dialog and a case's page. */
final class SupportDeskPage {

  private final BrowserSession browser;

  private SupportDeskPage(BrowserSession browser) {
    this.browser = browser;
  }

  static SupportDeskPage open(BrowserSession browser) {
    browser.open("/support");
    browser.await(By.id("support-grid"));
    return new SupportDeskPage(browser);
  }

  /** Searches and waits for the GUN in the grid. */
  SupportDeskPage search(String gunPart, String expectedGun) {
    WebElement field = browser.await(By.cssSelector("#support-gun-filter input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), gunPart);
    browser.click(By.id("support-search-button"));
    // The search's answer puts the text into the URL; before it, the grid still shows the first
    // page of all.
    browser.waiter().until(d -> d.getCurrentUrl().contains("gun="));
    browser.awaitText(By.id("support-grid"), expectedGun);
    return this;
  }

  String gridText() {
    return browser.await(By.id("support-grid")).getText();
  }

  void openCaseDialog(String gun) {
    click("open-case-" + gun.replaceAll("[^A-Za-z0-9]", "-"));
    // The dialog element itself has no size: its content is in an overlay.
    browser.await(By.id("open-case-submit"));
  }

  void chooseKind(String label) {
    browser.click(By.id("open-case-kind"));
    browser.click(By.xpath("//vaadin-select-item[contains(., '" + label + "')]"));
  }

  void fill(String ticket, String reason) {
    WebElement ticketField = browser.await(By.cssSelector("#open-case-ticket input"));
    ticketField.sendKeys(Keys.chord(Keys.CONTROL, "a"), ticket, Keys.TAB);
    WebElement reasonField = browser.await(By.cssSelector("#open-case-reason textarea"));
    reasonField.sendKeys(Keys.chord(Keys.CONTROL, "a"), reason, Keys.TAB);
  }

  void submit() {
    browser.click(By.id("open-case-submit"));
  }

  /** The service's verdict as the field shows it. */
  String errorOf(String fieldId) {
    return browser
        .waiter()
        .until(
            d -> {
              WebElement field = d.findElement(By.id(fieldId));
              String message = field.getDomProperty("errorMessage");
              return field.getAttribute("invalid") != null && message != null && !message.isBlank()
                  ? message
                  : null;
            });
  }

  /** After a valid case was opened: the case page, with its plan. */
  String awaitPlan() {
    return browser.await(By.id("case-plan")).getText();
  }

  /** Buttons may be below the fold of a small window, or in a grid row still being rendered. */
  private void click(String id) {
    browser
        .waiter()
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              WebElement button = browser.await(By.id(id));
              browser
                  .driver()
                  .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
              button.click();
              return true;
            });
  }

  String text(String id) {
    return browser.await(By.id(id)).getText();
  }

  void approveWithKey(String expectedApprovals) {
    click("case-approve");
    browser.awaitText(By.id("case-approvals"), expectedApprovals);
  }

  void carryOut() {
    click("case-execute");
    browser.click(By.id("confirm-execution"));
    browser
        .waiter()
        .until(d -> !d.findElements(By.cssSelector("#case-state [data-state='DONE']")).isEmpty());
    assertThat(text("case-status")).contains("done");
  }
}
