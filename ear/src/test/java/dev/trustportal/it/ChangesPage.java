package dev.trustportal.it;

import org.openqa.selenium.By;

/** The change requests of an organisation and the details of one. */
final class ChangesPage {

  private static final By GRID = By.id("change-grid");

  private final BrowserSession browser;

  private ChangesPage(BrowserSession browser) {
    this.browser = browser;
  }

  static ChangesPage open(BrowserSession browser, String org) {
    browser.open("/orgs/" + org + "/changes");
    browser.await(GRID);
    return new ChangesPage(browser);
  }

  /** Waits until the grid shows a change of this ID in this state. */
  void awaitChange(long id, String state) {
    browser
        .waiter()
        .until(
            d ->
                !d.findElements(By.id("change-details-" + id)).isEmpty()
                    && d.findElements(By.cssSelector("#change-grid [data-state]")).stream()
                        .anyMatch(badge -> state.equals(badge.getDomAttribute("data-state"))));
  }

  String gridText() {
    return browser.await(GRID).getText();
  }

  void openDetails(long id) {
    browser
        .driver()
        .executeScript("arguments[0].click()", browser.await(By.id("change-details-" + id)));
    browser.await(By.id("change-payload"));
  }

  String payload() {
    return browser.await(By.id("change-payload")).getText();
  }

  String digest() {
    return browser.await(By.id("change-digest")).getText();
  }

  void closeDetails() {
    browser.click(By.id("close-change-details"));
    browser.waiter().until(d -> d.findElements(By.id("change-payload")).isEmpty());
  }
}
