package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The repositories view of one organisation and its trust views. */
final class RepositoriesPage {

  /** The links of the name column (the pending-changes column links to the changes). */
  private static final String NAME_LINKS =
      "#repository-grid vaadin-grid-cell-content a:not([id^='repository-pending-'])";

  private static final By GRID = By.id("repository-grid");

  private final BrowserSession browser;

  private RepositoriesPage(BrowserSession browser) {
    this.browser = browser;
  }

  static RepositoriesPage await(BrowserSession browser) {
    browser.await(GRID);
    return new RepositoriesPage(browser);
  }

  /** Creates through the dialog and waits until the dialog closed. */
  void create(String name) {
    browser.click(By.id("new-repository-button"));
    WebElement input = browser.await(By.cssSelector("#repository-name-field input"));
    input.sendKeys(name);
    browser.click(By.id("create-repository-button"));
    browser.waiter().until(d -> d.findElements(By.id("repository-name-field")).isEmpty());
  }

  void filter(String text) {
    browser.await(By.cssSelector("#repository-filter input")).sendKeys(text);
  }

  /** Waits until the grid shows exactly these names, in this order. */
  void awaitGridShowing(String... names) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector(NAME_LINKS)).stream()
                    .map(WebElement::getText)
                    .filter(t -> !t.isEmpty())
                    .toList()
                    .equals(java.util.List.of(names)));
  }

  void openTrust(String name) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector(NAME_LINKS)).stream()
                    .filter(a -> a.getText().equals(name))
                    .findFirst()
                    .map(
                        a -> {
                          // Grid cells are slotted light DOM; a native click can land on the
                          // overlaying shadow parts.
                          browser.driver().executeScript("arguments[0].click()", a);
                          return true;
                        })
                    .orElse(false));
    browser.await(By.id("trust-roles"));
  }

  String rolesText() {
    return browser.await(By.id("trust-roles")).getText();
  }

  String notaryConfig() {
    return browser.await(By.id("notary-config")).getText();
  }

  String gun() {
    return browser.await(By.id("trust-gun")).getText();
  }
}
