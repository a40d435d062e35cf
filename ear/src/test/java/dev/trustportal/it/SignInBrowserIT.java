package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sign-in page as a person meets it: a wrong password explained, the language chosen there
 * kept.
 */
class SignInBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void aWrongPasswordShowsWhyInsteadOfAnEmptyForm() throws Exception {
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage login = LoginPage.open(browser);

      login.attemptSignIn("admin", "wrong-password");

      assertThat(login.awaitErrorText()).contains("Incorrect username or password");
      assertThat(documentLanguage(browser)).isEqualTo("en");
      browser.screenshot("sign-in-refused-en");
    }
  }

  @Test
  void theLanguageChosenOnTheSignInPageTranslatesItsErrorAndOutlivesSigningIn() throws Exception {
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage login = LoginPage.open(browser);

      login.chooseLanguage("简体中文");

      browser.waiter().until(d -> login.heading().contains("登录"));
      browser.waiter().until(d -> "zh-CN".equals(documentLanguage(browser)));
      login.attemptSignIn("admin", "wrong-password");
      assertThat(login.awaitErrorText()).contains("用户名或密码不正确");
      browser.screenshot("sign-in-refused-zh");

      OrganisationsPage organisations = login.signInAgain("admin", stack.adminPassword());

      browser.waiter().until(d -> organisations.pageText().contains("组织"));
      assertThat(documentLanguage(browser)).isEqualTo("zh-CN");
      browser.screenshot("signed-in-zh");
    }
  }

  static String documentLanguage(BrowserSession browser) {
    return String.valueOf(browser.driver().executeScript("return document.documentElement.lang"));
  }
}
