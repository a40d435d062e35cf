package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Guessing passwords is slow for the guesser only: every password check (HTTP Basic, the sign-in
 * form, the notary token service) is throttled per account and client, and per client, with growing
 * delays (429 with Retry-After, audited once per burst); the account's owner signs in from another
 * client meanwhile. A client's address comes from X-Forwarded-For only when a trusted proxy sends
 * it (the test stack trusts 127.0.0.2, see tools/it-stack.sh); 127.0.0.3 is another client.
 */
class PasswordGuessingIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void fortyWrongBasicPasswordsForOneAccountAreThrottled() {
    String victim = TwoTenants.createUser(admin, "guessed");
    WebClient guesser = WebClient.of(stack);

    List<WebClient.Answer> answers = guess(guesser, victim, "/api/v1/me", 40);

    assertThat(answers).filteredOn(a -> a.status() == 401).hasSizeLessThanOrEqualTo(8);
    List<WebClient.Answer> throttled = answers.stream().filter(a -> a.status() == 429).toList();
    assertThat(throttled).hasSizeGreaterThanOrEqualTo(30);
    assertThat(throttled.get(0).header("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(throttled.get(0).json().get("error").asText()).isEqualTo("too_many_attempts");
    // While the guesser waits, even the right password is not checked for it...
    assertThat(guesser.basic(victim, PASSWORD).get("/api/v1/me").status()).isEqualTo(429);
    // ... nor for a made-up X-Forwarded-For from a client that is no trusted proxy ...
    assertThat(
            guesser
                .header("X-Forwarded-For", "10.9.9.9")
                .basic(victim, PASSWORD)
                .get("/api/v1/me")
                .status())
        .isEqualTo(429);
    // ... but the account's owner, on another client, signs in.
    assertThat(
            WebClient.from(stack, "127.0.0.3").basic(victim, PASSWORD).get("/api/v1/me").status())
        .isEqualTo(200);
    assertThat(throttleEvents(victim)).as("audited once for the burst").hasSize(1);
  }

  @Test
  void behindATrustedProxyEachForwardedClientIsThrottledOnItsOwn() {
    String victim = TwoTenants.createUser(admin, "proxied");
    WebClient proxy = WebClient.from(stack, "127.0.0.2");

    List<WebClient.Answer> answers =
        guess(proxy.header("X-Forwarded-For", "10.1.1.1"), victim, "/api/v1/me", 20);

    assertThat(answers).anyMatch(a -> a.status() == 429);
    assertThat(
            proxy
                .header("X-Forwarded-For", "10.1.1.2")
                .basic(victim, PASSWORD)
                .get("/api/v1/me")
                .status())
        .as("another client behind the same proxy")
        .isEqualTo(200);
  }

  @Test
  void sprayingOnePasswordOverManyAccountsFromOneClientIsThrottled() {
    WebClient sprayer = WebClient.from(stack, "127.0.0.4");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      statuses.add(
          sprayer
              .basic("nobody" + i + "x" + System.nanoTime(), "Summer2026!")
              .get("/api/v1/me")
              .status());
    }

    assertThat(statuses).contains(429);
  }

  @Test
  void theNotaryTokenServiceThrottlesPerAccountAndClient() {
    String victim = TwoTenants.createUser(admin, "notary-guessed");
    String path = "/service/token?service=notary-server";

    List<WebClient.Answer> answers = guess(WebClient.of(stack), victim, path, 40);

    assertThat(answers).filteredOn(a -> a.status() == 429).hasSizeGreaterThanOrEqualTo(30);
    assertThat(WebClient.from(stack, "127.0.0.3").basic(victim, PASSWORD).get(path).status())
        .as("the right password from another client")
        .isEqualTo(200);
  }

  @Test
  void theSignInFormIsThrottledAndSaysHowLongToWait() {
    String victim = TwoTenants.createUser(admin, "form-guessed");
    try (BrowserSession browser = new BrowserSession(stack, "en")) {
      LoginPage.open(browser);
      // Wrong passwords until the form says the sign-ins are paused (after the fifth).
      for (int i = 0; i < 8 && !paused(browser); i++) {
        signIn(browser, victim, "wrong guess " + i);
        // The form is disabled while the attempt is under way, and answers with an error or the
        // pause.
        browser
            .waiter()
            .until(
                d -> {
                  var form = d.findElement(By.cssSelector("vaadin-login-form"));
                  return form.getAttribute("disabled") == null
                      && (paused(browser) || form.getAttribute("error") != null);
                });
      }
      assertThat(browser.await(By.id("sign-in-throttled")).getText())
          .contains("Too many failed sign-ins");

      // At once, the right password: not checked while paused, so no sign-in.
      signIn(browser, victim, PASSWORD);
      browser.awaitText(By.id("sign-in-throttled"), "Too many failed sign-ins");
      assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }
    assertThat(throttleEvents(victim)).hasSize(1);
  }

  private static boolean paused(BrowserSession browser) {
    return !browser.driver().findElements(By.id("sign-in-throttled")).isEmpty()
        && browser.driver().findElement(By.id("sign-in-throttled")).isDisplayed();
  }

  private static void signIn(BrowserSession browser, String user, String password) {
    var username = browser.await(By.cssSelector("vaadin-text-field[name='username'] input"));
    username.clear();
    username.sendKeys(user);
    var secret = browser.await(By.cssSelector("vaadin-password-field[name='password'] input"));
    secret.clear();
    secret.sendKeys(password, org.openqa.selenium.Keys.ENTER);
  }

  private static List<WebClient.Answer> guess(
      WebClient client, String user, String path, int times) {
    List<WebClient.Answer> answers = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      answers.add(client.basic(user, "guess number " + i).get(path));
    }
    return answers;
  }

  private List<JsonNode> throttleEvents(String user) {
    List<JsonNode> events = new ArrayList<>();
    admin
        .get("/api/v1/platform/audit?size=500")
        .json()
        .get("items")
        .forEach(
            event -> {
              if (event.get("action").asText().equals("sign-in.throttled")
                  && event.get("target").asText().equals(user)) {
                events.add(event);
              }
            });
    return events;
  }
}
