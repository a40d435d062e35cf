package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The members view of one organisation: the grid, the add-member dialog and removal. */
final class MembersPage {

  private static final By GRID = By.id("member-grid");

  private final BrowserSession browser;

  private MembersPage(BrowserSession browser) {
    this.browser = browser;
  }

  static MembersPage await(BrowserSession browser) {
    browser.await(GRID);
    return new MembersPage(browser);
  }

  void add(String username, String roleLabel) {
    browser.click(By.id("add-member-button"));
    WebElement input = browser.await(By.cssSelector("#member-username-field input"));
    input.clear();
    input.sendKeys(username);
    browser.click(By.id("member-role-select"));
    browser
        .await(By.xpath("//vaadin-select-item[@role='option'][contains(., '" + roleLabel + "')]"))
        .click();
    browser.click(By.id("add-member-confirm"));
  }

  /** The error the add-member dialog shows for the username, once it shows one. */
  String usernameError() {
    return browser
        .waiter()
        .until(
            d -> {
              WebElement field = d.findElement(By.id("member-username-field"));
              String error = field.getDomProperty("errorMessage");
              return field.getDomAttribute("invalid") != null && error != null && !error.isBlank()
                  ? error
                  : null;
            });
  }

  void awaitInGrid(String text) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#member-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().equals(text)));
  }

  void remove(String username) {
    browser.click(By.id("remove-member-" + username));
    browser
        .await(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='confirm-button']"))
        .click();
  }

  /** The text of the first notification that contains the fragment, once one shows. */
  String awaitNotification(String fragment) {
    return browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains(fragment))
                    .findFirst()
                    .orElse(null));
  }
}
