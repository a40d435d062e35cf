package dev.trustportal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver: a person at a browser. */
final class BrowserSession implements AutoCloseable {

  private final PortalStack stack;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  BrowserSession(PortalStack stack, String language) {
    this.stack = stack;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,860",
        "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    // The console, so that close() can tell whether the Content-Security-Policy blocked anything.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
    // Pages that refresh while open (polling) replace elements between finding and reading them,
    // and Chromium then reports the node as stale or, when the inspector loses the race, as an
    // "unknown error: Node with given id does not belong to the document". Both say "look again":
    // a wait ignores every driver error until its time is up and then reports the last one.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(WebDriverException.class);
  }

  private boolean onLocalhost;

  /**
   * Opens pages under {@code localhost} from now on: WebAuthn needs a domain as relying-party ID,
   * and the test stack's is {@code localhost} (an address such as 127.0.0.1 cannot be one).
   */
  BrowserSession onLocalhost() {
    onLocalhost = true;
    return this;
  }

  void open(String path) {
    driver.get((onLocalhost ? stack.portalOnLocalhost(path) : stack.portal(path)).toString());
  }

  WebElement await(By locator) {
    return wait.until(
        driver -> {
          try {
            return ExpectedConditions.visibilityOfElementLocated(locator).apply(driver);
          } catch (WebDriverException e) {
            // A lookup while the page navigates (after a sign-in, say) is cut off: look again on
            // the new page.
            if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
              return null;
            }
            throw e;
          }
        });
  }

  void awaitText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  void awaitUrlEndingWith(String suffix) {
    wait.until(d -> d.getCurrentUrl().endsWith(suffix));
  }

  /**
   * Types the text into a field and leaves it (the value reaches the server on change). Keys typed
   * while Vaadin is still attaching the field can be lost, so the field is checked and typed again
   * until it holds the whole text.
   */
  void type(By input, String text) {
    wait.until(
        d -> {
          WebElement field = d.findElement(input);
          if (!text.equals(field.getDomProperty("value"))) {
            field.clear();
            field.sendKeys(text);
          }
          return text.equals(field.getDomProperty("value"));
        });
    driver.findElement(input).sendKeys(Keys.TAB);
  }

  /**
   * Clicks the element, found again if the page re-rendered it in between (after a language change,
   * say), scrolled to the middle of the window, and tried again while something covers it (a
   * notification card over a button near the bottom of the window: Chromium refuses such a click as
   * intercepted).
   */
  void click(By locator) {
    wait.until(
        d -> {
          WebElement element = d.findElement(locator);
          // In the middle of the window, not under the edge of a scrolling layout or a toast.
          driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
          element.click();
          return true;
        });
  }

  /**
   * Registers a security key under the name on the security-keys page; the virtual authenticator
   * answers.
   */
  void registerSecurityKey(String name) {
    open("/security-keys");
    type(By.cssSelector("#security-key-name input"), name);
    await(By.id("register-security-key")).click();
    awaitText(By.id("security-key-grid"), name);
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiter() {
    return wait;
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  Path screenshot(String name) throws IOException {
    Path file = stack.screenshotDir().resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /**
   * Ends the browser; fails if Chromium's console reported a Content-Security-Policy violation in
   * the session (the portal's own pages must work under its policy, SecurityHeadersFilter).
   */
  @Override
  public void close() {
    java.util.List<String> violations;
    try {
      violations =
          driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
              .map(org.openqa.selenium.logging.LogEntry::getMessage)
              .filter(
                  message ->
                      message.contains("Content Security Policy")
                          || message.contains("Content-Security-Policy"))
              .toList();
    } catch (WebDriverException noLogs) {
      violations = java.util.List.of();
    } finally {
      driver.quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Content-Security-Policy violations in the browser console: " + violations);
    }
  }
}
