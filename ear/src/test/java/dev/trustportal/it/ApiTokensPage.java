package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The "API tokens" view: the grid, the create dialog, the once-shown secret and revocation. */
final class ApiTokensPage {

  private static final By GRID = By.id("token-grid");

  private final BrowserSession browser;
  private final String createButton;
  private final String grid;

  private ApiTokensPage(BrowserSession browser) {
    this(browser, "create-token-button", "token-grid");
  }

  private ApiTokensPage(BrowserSession browser, String createButton, String grid) {
    this.browser = browser;
    this.createButton = createButton;
    this.grid = grid;
  }

  static ApiTokensPage open(BrowserSession browser) {
    browser.open("/tokens");
    browser.await(GRID);
    return new ApiTokensPage(browser);
  }

  /** The robot tokens page of an organisation, as its owner or admin sees it. */
  static ApiTokensPage openRobots(BrowserSession browser, String organisation) {
    browser.open("/orgs/" + organisation + "/robot-tokens");
    browser.await(By.id("create-robot-token-button"));
    return new ApiTokensPage(browser, "create-robot-token-button", "robot-token-grid");
  }

  /** Creates a token with the defaults but its name; returns the secret the dialog shows. */
  String create(String name) {
    browser.click(By.id(createButton));
    WebElement input = browser.await(By.cssSelector("#token-name-field input"));
    input.clear();
    input.sendKeys(name);
    browser.click(By.id("create-token-confirm"));
    // The dialog's own element has no size; its content is what shows.
    browser.await(By.id("token-secret"));
    return browser
        .waiter()
        .until(
            d -> {
              String value = d.findElement(By.id("token-secret")).getDomProperty("value");
              return value != null && value.startsWith("tp_") ? value : null;
            });
  }

  void closeSecret() {
    browser.click(By.id("token-secret-close"));
    browser.waiter().until(d -> d.findElements(By.id("token-secret")).isEmpty());
  }

  void awaitInGrid(String text) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#" + grid + " vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().equals(text)));
  }

  void awaitNotInGrid(String text) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#" + grid + " vaadin-grid-cell-content")).stream()
                    .noneMatch(cell -> cell.getText().equals(text)));
  }

  void revoke(long id) {
    browser.click(By.id("revoke-token-" + id));
    browser
        .await(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='confirm-button']"))
        .click();
  }

  String pageText() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }
}
