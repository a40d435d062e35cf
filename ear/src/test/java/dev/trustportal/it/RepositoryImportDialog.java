package dev.trustportal.it;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "Import repository" dialog of the repositories view. */
final class RepositoryImportDialog {

  private static final By NAME = By.cssSelector("#import-repository-name-field input");

  private final BrowserSession browser;

  private RepositoryImportDialog(BrowserSession browser) {
    this.browser = browser;
  }

  static RepositoryImportDialog open(BrowserSession browser) {
    browser.click(By.id("import-repository-button"));
    browser.await(NAME);
    return new RepositoryImportDialog(browser);
  }

  RepositoryImportDialog name(String name) {
    browser.await(NAME).sendKeys(name);
    return this;
  }

  /** Through the Upload component's file input, as a person choosing the file would. */
  RepositoryImportDialog uploadKey(String role, Path file) {
    WebElement upload = inView(By.id(role + "-key-upload"));
    upload
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toString());
    browser.waiter().until(d -> !keyText(role).isEmpty());
    return this;
  }

  RepositoryImportDialog pasteKey(String role, String pem) {
    inView(By.cssSelector("#" + role + "-key-field textarea")).sendKeys(pem);
    return this;
  }

  String keyText(String role) {
    return browser
        .driver()
        .findElement(By.cssSelector("#" + role + "-key-field textarea"))
        .getDomProperty("value");
  }

  RepositoryImportDialog passphrase(String role, String passphrase) {
    WebElement input = inView(By.cssSelector("#" + role + "-passphrase-field input"));
    input.clear();
    input.sendKeys(passphrase);
    return this;
  }

  String confirmation() {
    return inView(By.id("import-confirmation")).getText();
  }

  void submit() {
    inView(By.id("create-import-repository-button")).click();
  }

  /** Waits until the field shows an error and returns its message. */
  String errorOf(String fieldId) {
    By field = By.id(fieldId);
    browser
        .waiter()
        .until(
            d ->
                d.findElement(field).getAttribute("invalid") != null
                    && d.findElement(field).getDomProperty("errorMessage") != null);
    return browser.driver().findElement(field).getDomProperty("errorMessage");
  }

  /** Dialog content scrolls; brings the element into view first, as a person would scroll to it. */
  private WebElement inView(By locator) {
    WebElement element =
        browser.waiter().until(ExpectedConditions.presenceOfElementLocated(locator));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return browser.await(locator);
  }

  void awaitClosed() {
    browser.waiter().until(d -> d.findElements(By.id("import-repository-name-field")).isEmpty());
  }
}
