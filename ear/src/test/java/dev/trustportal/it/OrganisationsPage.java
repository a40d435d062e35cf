package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The organisations view: the grid and the dialog that creates one. */
final class OrganisationsPage {

  private static final By GRID = By.id("org-grid");
  private static final By NAME_FIELD = By.id("org-name-field");

  private final BrowserSession browser;

  private OrganisationsPage(BrowserSession browser) {
    this.browser = browser;
  }

  static OrganisationsPage await(BrowserSession browser) {
    browser.await(GRID);
    return new OrganisationsPage(browser);
  }

  void create(String name) {
    create(name, "");
  }

  /**
   * Creates an organisation whose first owner is the named account (empty: the admin who creates
   * it).
   */
  void create(String name, String firstOwner) {
    browser.click(By.id("new-org-button"));
    WebElement input = browser.await(By.cssSelector("#org-name-field input"));
    input.clear();
    input.sendKeys(name);
    WebElement owner = browser.await(By.cssSelector("#org-owner-field input"));
    owner.clear();
    owner.sendKeys(firstOwner);
    browser.click(By.id("create-org-button"));
  }

  MembersPage openMembers(String name) {
    browser.click(By.id("members-link-" + name));
    return MembersPage.await(browser);
  }

  boolean offersNewOrganisation() {
    return !browser.driver().findElements(By.id("new-org-button")).isEmpty();
  }

  void awaitInGrid(String name) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#org-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().equals(name)));
  }

  /** The error the name field shows, once it shows one. */
  String nameError() {
    return errorOf(NAME_FIELD);
  }

  /** The error the first-owner field shows, once it shows one. */
  String ownerError() {
    return errorOf(By.id("org-owner-field"));
  }

  private String errorOf(By fieldId) {
    return browser
        .waiter()
        .until(
            d -> {
              WebElement field = d.findElement(fieldId);
              String error = field.getDomProperty("errorMessage");
              return field.getDomAttribute("invalid") != null && error != null && !error.isBlank()
                  ? error
                  : null;
            });
  }

  boolean dialogOpen() {
    return !browser.driver().findElements(NAME_FIELD).isEmpty();
  }

  void switchLanguage(String label) {
    browser.click(By.id("language-select"));
    browser.click(By.xpath("//vaadin-select-item[contains(., '" + label + "')]"));
  }

  String pageText() {
    return browser.await(By.tagName("body")).getText();
  }
}
