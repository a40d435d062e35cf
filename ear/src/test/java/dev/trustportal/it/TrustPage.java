package dev.trustportal.it;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A repository's trust page: its trust data, the change dialogs and its recent changes. */
final class TrustPage {

  private static final By ROLES = By.id("trust-roles");
  private static final By NAME_FIELD = By.id("signer-name-field");
  private static final By KEY_FIELD = By.id("signer-key-field");
  private static final By BADGES = By.cssSelector("#recent-changes-grid [data-state]");

  private final BrowserSession browser;

  private TrustPage(BrowserSession browser) {
    this.browser = browser;
  }

  static TrustPage open(BrowserSession browser, String org, String repository) {
    browser.open("/orgs/" + org + "/repositories/" + repository);
    browser.await(ROLES);
    return new TrustPage(browser);
  }

  boolean offersChanges() {
    return !browser.driver().findElements(By.id("add-signer-button")).isEmpty();
  }

  /** Whether any button of the page files a change: adding, removing or a threshold. */
  boolean showsAnyChangeButton() {
    return !browser
        .driver()
        .findElements(
            By.cssSelector(
                "[id^='add-signer'], [id^='add-key-'], [id^='remove-signer-'], [id^='remove-key-'],"
                    + " [id^='threshold-']"))
        .isEmpty();
  }

  void fillSigner(String name, String pem) {
    browser.click(By.id("add-signer-button"));
    browser.await(By.cssSelector("#signer-name-field input")).sendKeys(name);
    WebElement key = browser.await(By.cssSelector("#signer-key-field textarea"));
    key.sendKeys(pem);
  }

  void fileSigner() {
    browser.click(By.id("file-signer-button"));
  }

  boolean signerDialogOpen() {
    return !browser.driver().findElements(KEY_FIELD).isEmpty();
  }

  void awaitSignerDialogClosed() {
    browser.waiter().until(d -> d.findElements(KEY_FIELD).isEmpty());
  }

  String keyError() {
    return fieldError(KEY_FIELD);
  }

  String nameError() {
    return fieldError(NAME_FIELD);
  }

  /** The error a field shows, once it shows one. */
  private String fieldError(By field) {
    return browser
        .waiter()
        .until(
            d -> {
              WebElement element = d.findElement(field);
              String error = element.getDomProperty("errorMessage");
              return element.getDomAttribute("invalid") != null && error != null && !error.isBlank()
                  ? error
                  : null;
            });
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

  /** Waits until the recent changes list exactly this many changes, all in the state. */
  void awaitRecentChanges(int count, String state) {
    browser
        .waiter()
        .until(
            d -> {
              List<String> states =
                  d.findElements(BADGES).stream()
                      .map(b -> b.getDomAttribute("data-state"))
                      .toList();
              return states.size() == count && states.stream().allMatch(state::equals);
            });
  }

  String recentChangesText() {
    return browser.await(By.id("recent-changes-grid")).getText();
  }

  void awaitSignerListed(String name) {
    browser
        .waiter()
        .until(
            d ->
                d.findElements(By.id("trust-signers")).stream()
                    .anyMatch(grid -> grid.getText().contains(name)));
  }

  String signersText() {
    return browser.await(By.id("trust-signers")).getText();
  }

  void awaitNoSigners() {
    browser.await(By.id("trust-signers-none"));
  }

  String rolesText() {
    return browser.await(ROLES).getText();
  }

  /** Opens the add-key dialog of a signer and uploads the file, which fills the key field. */
  void uploadKey(String signer, Path file) {
    clickInGrid(By.id("add-key-" + signer));
    WebElement upload = browser.await(By.id("signer-key-upload"));
    upload
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toString());
    browser
        .waiter()
        .until(
            d ->
                String.valueOf(d.findElement(KEY_FIELD).getDomProperty("value"))
                    .contains("-----BEGIN"));
  }

  /**
   * Opens the threshold dialog of a role ({@code releases} or a signer's name) and asks for a
   * value.
   */
  void askForThreshold(String role, int threshold) {
    if (browser.driver().findElements(By.id("threshold-field")).isEmpty()) {
      clickInGrid(By.id("threshold-" + role));
    }
    WebElement input = browser.await(By.cssSelector("#threshold-field input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(threshold));
    browser.click(By.id("file-threshold-button"));
  }

  String thresholdError() {
    return fieldError(By.id("threshold-field"));
  }

  void awaitThresholdDialogClosed() {
    browser.waiter().until(d -> d.findElements(By.id("threshold-field")).isEmpty());
  }

  /** Asks to remove the signer and returns what the confirmation says will change. */
  String askToRemoveSigner(String name) {
    clickInGrid(By.id("remove-signer-" + name));
    return browser.await(By.cssSelector("vaadin-confirm-dialog-overlay")).getText();
  }

  void confirm() {
    browser
        .await(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='confirm-button']"))
        .click();
  }

  /** Grid cells are slotted light DOM; a native click can land on the overlaying shadow parts. */
  private void clickInGrid(By button) {
    browser.driver().executeScript("arguments[0].click()", browser.await(button));
  }
}
