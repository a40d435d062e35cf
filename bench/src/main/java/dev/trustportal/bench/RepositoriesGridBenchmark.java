package dev.trustportal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Server time of the repositories grid's first page, as a browser sees it: headless Chromium opens
 * the view, waits for the first rows, and adds up {@code responseStart - requestStart} of every
 * request the navigation made (the page and Vaadin's UIDL round trips). The peer is the same view
 * of an organisation with a handful of repositories, measured in the same run: paging in the
 * database should make the two nearly equal.
 *
 * <p>Arguments: base URL, username, password, large organisation, small organisation, rounds.
 */
public final class RepositoriesGridBenchmark {

  private static final String SERVER_TIME =
      "return performance.getEntries()"
          + ".filter(e => e.entryType === 'navigation' || e.entryType === 'resource')"
          + ".filter(e => e.entryType === 'navigation' || e.name.includes('v-r=uidl'))"
          + ".reduce((sum, e) => sum + Math.max(0, e.responseStart - e.requestStart), 0);";

  public static void main(String[] args) {
    String base = args[0];
    int rounds = Integer.parseInt(args[5]);
    ChromeDriver driver = browser();
    try {
      signIn(driver, base, args[1], args[2]);
      double[] large = measure(driver, base, args[3], rounds);
      double[] small = measure(driver, base, args[4], rounds);
      System.out.printf(
          "grid first page, server ms  %-10s p50 %6.1f  p95 %6.1f%n", args[3], large[0], large[1]);
      System.out.printf(
          "grid first page, server ms  %-10s p50 %6.1f  p95 %6.1f%n", args[4], small[0], small[1]);
      System.out.printf("grid p95 ratio large/small: %.2f%n", large[1] / small[1]);
    } finally {
      driver.quit();
    }
  }

  private static ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,860");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  private static void signIn(ChromeDriver driver, String base, String user, String password) {
    driver.get(base + "/login");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-field[name='username'] input")))
        .sendKeys(user);
    driver
        .findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
        .sendKeys(password, Keys.ENTER);
    wait.until(ExpectedConditions.urlMatches(".*/$"));
  }

  /** p50 and p95 of the server time of opening the organisation's repositories view. */
  private static double[] measure(
      ChromeDriver driver, String base, String organisation, int rounds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    List<Double> times = new ArrayList<>();
    for (int round = 0; round < rounds + 2; round++) {
      driver.get(base + "/orgs/" + organisation + "/repositories");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("vaadin-grid-cell-content a")));
      double serverTime =
          ((Number) ((JavascriptExecutor) driver).executeScript(SERVER_TIME)).doubleValue();
      if (round >= 2) { // the first two warm up the JIT and the connection pool
        times.add(serverTime);
      }
    }
    times.sort(null);
    return new double[] {percentile(times, 50), percentile(times, 95)};
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
