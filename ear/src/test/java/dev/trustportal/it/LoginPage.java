package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The sign-in view. */
final class LoginPage {

  private final BrowserSession browser;

  LoginPage(BrowserSession browser) {
    this.browser = browser;
  }

  static LoginPage open(BrowserSession browser) {
    browser.open("/login");
    browser.await(By.cssSelector("vaadin-login-form"));
    return new LoginPage(browser);
  }

  String heading() {
    return browser.await(By.cssSelector("vaadin-login-form")).getText();
  }

  OrganisationsPage signIn(String user, String password) {
    browser.await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(user);
    browser
        .await(By.cssSelector("vaadin-password-field[name='password'] input"))
        .sendKeys(password, Keys.ENTER);
    return OrganisationsPage.await(browser);
  }

  boolean showsError() {
    return browser
        .waiter()
        .until(
            d -> d.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null);
  }

  void attemptSignIn(String user, String password) {
    browser.await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(user);
    browser
        .await(By.cssSelector("vaadin-password-field[name='password'] input"))
        .sendKeys(password, Keys.ENTER);
  }

  /** The error the form shows, as a person reads it (the shadow part, not an attribute). */
  String awaitErrorText() {
    return browser
        .waiter()
        .until(
            d -> {
              Object text =
                  browser
                      .driver()
                      .executeScript(
                          "const form = document.querySelector('vaadin-login-form');const wrapper ="
                              + " form && (form.querySelector('vaadin-login-form-wrapper')  ||"
                              + " (form.shadowRoot &&"
                              + " form.shadowRoot.querySelector('vaadin-login-form-wrapper')));const"
                              + " part = wrapper &&"
                              + " wrapper.shadowRoot.querySelector('[part=error-message]');return"
                              + " part && !part.hidden && part.offsetParent !== null ?"
                              + " part.innerText : null;");
              return text == null || text.toString().isBlank() ? null : text.toString();
            });
  }

  void chooseLanguage(String label) {
    browser.click(By.id("login-language-select"));
    browser.click(By.xpath("//vaadin-select-item[contains(., '" + label + "')]"));
  }

  /**
   * Signs in after a refused attempt: the fields still hold what was typed, so they are cleared
   * first.
   */
  OrganisationsPage signInAgain(String user, String password) {
    var username = browser.await(By.cssSelector("vaadin-text-field[name='username'] input"));
    username.clear();
    username.sendKeys(user);
    var secret = browser.await(By.cssSelector("vaadin-password-field[name='password'] input"));
    secret.clear();
    secret.sendKeys(password, Keys.ENTER);
    return OrganisationsPage.await(browser);
  }
}
