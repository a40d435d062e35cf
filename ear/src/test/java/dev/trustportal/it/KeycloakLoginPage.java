package dev.trustportal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's own sign-in form, where the portal sends a browser that is not signed in. */
final class KeycloakLoginPage {

  private static final By FORM = By.id("kc-form-login");
  private static final By PASSWORD = By.id("password");
  private static final By SUBMIT = By.id("kc-login");

  private final BrowserSession browser;

  private KeycloakLoginPage(BrowserSession browser) {
    this.browser = browser;
  }

  /** Waits until the browser shows Keycloak's form. */
  static KeycloakLoginPage await(BrowserSession browser) {
    browser.await(FORM);
    return new KeycloakLoginPage(browser);
  }

  OrganisationsPage signIn(String username, String password) {
    browser.await(By.id("username")).sendKeys(username);
    // With Organizations switched on, Keycloak asks for the username first, then the password.
    if (browser.driver().findElements(PASSWORD).stream().noneMatch(WebElement::isDisplayed)) {
      browser.await(SUBMIT).click();
    }
    browser.await(PASSWORD).sendKeys(password);
    browser.await(SUBMIT).click();
    return OrganisationsPage.await(browser);
  }

  String url() {
    return browser.driver().getCurrentUrl();
  }
}
