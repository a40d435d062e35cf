package dev.trustportal.it;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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

  /** The chains the picker offers, by their labels. */
  List<String> chainOptions() {
    // Arrow down opens the list (the toggle button is inside the shadow root).
    browser.await(By.cssSelector("#audit-chain-select input")).sendKeys(Keys.ARROW_DOWN);
    // The overlay renders its items one after another: the list counts once two reads in a row
    // (half a second apart) agree.
    List<List<String>> reads = new ArrayList<>();
    List<String> labels =
        browser
            .waiter()
            .until(
                d -> {
                  List<String> shown =
                      d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                          .map(WebElement::getText)
                          .filter(text -> !text.isBlank())
                          .toList();
                  reads.add(shown);
                  int n = reads.size();
                  boolean settled = n > 1 && !shown.isEmpty() && shown.equals(reads.get(n - 2));
                  return settled ? shown : null;
                });
    browser.driver().findElement(By.cssSelector("#audit-chain-select input")).sendKeys(Keys.ESCAPE);
    return labels;
  }

  void awaitInGrid(String text) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(
                        cell ->
                            cell.getText().equals(text)
                                // An action is shown in words; its code is its data-action.
                                || !cell.findElements(
                                        By.cssSelector("[data-action='" + text + "']"))
                                    .isEmpty()));
  }

  /** Clicks "Verify chain" and waits for the verdict, which must contain the given text. */
  String verify(String expected) {
    browser.click(By.id("audit-verify-button"));
    browser.awaitText(RESULT, expected);
    return browser.driver().findElement(RESULT).getText();
  }
}
