package dev.trustportal.it;

import org.openqa.selenium.Cookie;

/** A person signed in at the sign-in form of a real browser: the session cookie it then holds. */
final class SignedInBrowser {

  private SignedInBrowser() {}

  /**
   * Signs in through the form in headless Chromium and returns {@code JSESSIONID=...} of that
   * session.
   */
  static String sessionCookie(PortalStack stack, String user, String password) {
    try (BrowserSession browser = new BrowserSession(stack, "en")) {
      // Wherever the account lands (its organisations, or the support desk for support staff), it
      // is signed in.
      LoginPage.open(browser).attemptSignIn(user, password);
      browser.waiter().until(d -> !d.getCurrentUrl().contains("/login"));
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      if (session == null) {
        throw new AssertionError(
            "no session cookie after signing in: " + browser.driver().manage().getCookies());
      }
      return "JSESSIONID=" + session.getValue();
    }
  }
}
