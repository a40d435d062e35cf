package dev.trustportal.it;

import org.openqa.selenium.By;

/** The audit view: the chain picker, the grid of events and the verification. */
final class AuditPage {

  private static final By GRID = By.id("audit-grid");
  private static final By RESULT = By.id("audit-verify-result");

  private final BrowserSession browser;

  private AuditPage(BrowserSession browser) {
    this.browser = browser;
  }

  /** The platform chain. */
  static AuditPage open(BrowserSession browser) {
    return open(browser, "/audit");
  }

  /** The chain of an organisation, chosen through the URL. */
  static AuditPage openChain(BrowserSession browser, String organisation) {
    return open(browser, "/audit?org=" + organisation);
  }

  private static AuditPage open(BrowserSession browser, String path) {
    browser.open(path);
    browser.await(GRID);
    return new AuditPage(browser);
  }

  void awaitInGrid(String text) {
    browser.waiter().until(d -> d.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
        .anyMatch(cell -> cell.getText().equals(text)));
  }

  /** Clicks "Verify chain" and waits for the verdict, which must contain the given text. */
  String verify(String expected) {
    browser.await(By.id("audit-verify-button")).click();
    browser.awaitText(RESULT, expected);
    return browser.driver().findElement(RESULT).getText();
  }
}
