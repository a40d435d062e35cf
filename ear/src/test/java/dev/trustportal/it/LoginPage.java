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
    browser.await(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password, Keys.ENTER);
    return OrganisationsPage.await(browser);
  }

  boolean showsError() {
    return browser.waiter().until(d -> d.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null);
  }

  void attemptSignIn(String user, String password) {
    browser.await(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(user);
    browser.await(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password, Keys.ENTER);
  }
}
