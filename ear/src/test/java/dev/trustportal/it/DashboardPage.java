package dev.trustportal.it;

import org.openqa.selenium.By;

/** An organisation's overview: its counts, each a link to its page. */
final class DashboardPage {

  private final BrowserSession browser;

  private DashboardPage(BrowserSession browser) {
    this.browser = browser;
  }

  static DashboardPage open(BrowserSession browser, String org) {
    browser.open("/orgs/" + org);
    browser.await(By.id("org-heading"));
    return new DashboardPage(browser);
  }

  /** The count of a tile: repositories, members or pending. */
  long count(String tile) {
    return Long.parseLong(browser.await(By.id("dashboard-" + tile + "-count")).getText().trim());
  }

  void follow(String tile) {
    browser.click(By.id("dashboard-" + tile + "-link"));
  }
}
