package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * What the browser says when root custody refuses (issue 22): a root ceremony whose root changed on
 * notary-server is closed with the same message the API gives, translated; the members page warns
 * before a removal or a demotion leaves fewer custodians than M, and confirming it acknowledges the
 * loss.
 */
class CustodyRefusalsBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void aCeremonyWhoseRootChangedTellsTheCustodianInTheirLanguageToOpenANewOne() throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "changed-ui").withOwners(3).inOwnersCustody(2);
    org.initialisedRepository("app");
    long stale = open(org).json().get("id").asLong();
    // Another root change publishes meanwhile (two ceremonies opened at the same moment).
    stack.portalSql("update root_ceremony set state = 'EXPIRED' where id = " + stale);
    PortalApi.Response other = open(org);
    stack.portalSql("update root_ceremony set state = 'OPEN' where id = " + stale);
    long published = other.json().get("id").asLong();
    for (OwnerHeldRoots.Owner owner : java.util.List.of(org.owners.get(0), org.owners.get(2))) {
      assertThat(org.touch(owner, published).status()).isEqualTo(200);
    }

    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(org.owners.get(1).username(), TwoTenants.PASSWORD);
      browser.open("/orgs/" + org.org + "/root-ceremonies/" + stale);
      browser.await(By.id("ceremony-digest"));
      browser
          .driver()
          .executeScript("arguments[0].click();", browser.await(By.id("ceremony-touch")));
      browser.awaitText(By.id("ceremony-status"), "根已改变");
      String status = browser.await(By.id("ceremony-status")).getText();
      System.out.println("zh-CN status after the root changed: " + status);
      assertThat(status).contains(String.valueOf(stale)).contains("请开启一个新的仪式");
      assertThat(browser.driver().findElement(By.id("ceremony-touch")).isDisplayed()).isFalse();
      browser.screenshot("root-ceremony-root-changed-zh");
    }
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(org.owners.get(0).username(), TwoTenants.PASSWORD);
      browser.open("/orgs/" + org.org + "/root-ceremonies/" + stale);
      browser.awaitText(By.id("ceremony-status"), "Open a new ceremony");
      browser.screenshot("root-ceremony-failed");
    }
    assertThat(org.owners.get(0).api().get(org.ceremony(stale)).json().get("state").asText())
        .isEqualTo("FAILED");
  }

  @Test
  void theMembersPageWarnsBeforeACustodianLeavesFewerThanMAndConfirmingAcknowledgesIt()
      throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "leave-ui").withOwners(3).inOwnersCustody(3);
    String custodian = org.owners.get(1).username();
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      // Their custodian key first: the security keys page warns the same way.
      LoginPage.open(browser).signIn(custodian, TwoTenants.PASSWORD);
      browser.open("/security-keys");
      browser
          .driver()
          .executeScript(
              "arguments[0].click()",
              browser.await(By.cssSelector("[id^='remove-security-key-']")));
      String keyWarning =
          browser
              .waiter()
              .ignoring(StaleElementReferenceException.class)
              .until(
                  d ->
                      d.findElement(By.xpath("//vaadin-confirm-dialog-overlay[@opened]"))
                          .getText());
      assertThat(keyWarning)
          .contains("is your custodian key")
          .contains("only 2 custodians remain in " + org.org + ", fewer than the 3");
      browser.screenshot("security-key-remove-custodian-warning");
    }
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(org.owners.get(0).username(), TwoTenants.PASSWORD);
      browser.open("/orgs/" + org.org + "/members");
      MembersPage page = MembersPage.await(browser);
      page.awaitInGrid(custodian);
      browser
          .driver()
          .executeScript(
              "arguments[0].click()", browser.await(By.id("remove-member-" + custodian)));
      By opened = By.xpath("//vaadin-confirm-dialog-overlay[@opened]");
      String warning =
          browser
              .waiter()
              .ignoring(StaleElementReferenceException.class)
              .until(d -> d.findElement(opened).getText());
      assertThat(warning).contains("only 2 custodians remain, fewer than the 3");
      browser.screenshot("members-remove-custodian-warning");
      browser
          .await(
              By.xpath(
                  "//vaadin-confirm-dialog-overlay[@opened]//vaadin-button[@slot='confirm-button']"))
          .click();
      page.awaitNotification(custodian);
      browser.screenshot("members-custodian-removed");
    }
    assertThat(org.owners.get(0).api().get(org.custody()).json().get("custodians")).hasSize(2);

    // Demoting another custodian: the role dialog warns once another role is chosen, and changing
    // the role then acknowledges the loss (the API refuses it without acknowledgeCustodianLoss).
    String demoted = org.owners.get(2).username();
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn(org.owners.get(0).username(), TwoTenants.PASSWORD);
      browser.open("/orgs/" + org.org + "/members");
      MembersPage.await(browser).awaitInGrid(demoted);
      browser
          .driver()
          .executeScript("arguments[0].click()", browser.await(By.id("change-role-" + demoted)));
      browser.await(By.id("change-role-select"));
      assertThat(browser.driver().findElements(By.id("change-role-custodian-warning")))
          .as("no warning while the role stays owner")
          .noneMatch(WebElement::isDisplayed);
      browser.click(By.id("change-role-select"));
      browser.click(By.xpath("//vaadin-select-item[@role='option'][contains(., '管理员')]"));
      browser.awaitText(By.id("change-role-custodian-warning"), "只剩 1 位托管人");
      browser.screenshot("members-demote-custodian-warning-zh");
      browser.click(By.id("change-role-confirm"));
      browser.waiter().until(d -> d.findElements(By.id("change-role-dialog")).isEmpty());
    }
    PortalApi.Response members =
        org.owners.get(0).api().get("/api/v1/orgs/" + org.org + "/members");
    String role = "";
    for (var item : members.json().get("items")) {
      if (item.get("username").asText().equals(demoted)) {
        role = item.get("role").asText();
      }
    }
    assertThat(role).as(members.body()).isEqualTo("ADMIN");
    assertThat(org.owners.get(0).api().get(org.custody()).json().get("custodians")).hasSize(1);
  }

  private static PortalApi.Response open(OwnerHeldRoots org) {
    PortalApi.Response opened =
        org.owners
            .get(0)
            .api()
            .post(
                "/api/v1/orgs/" + org.org + "/root-ceremonies",
                "{\"repository\":\"app\",\"operation\":\"ROTATE_TARGETS_KEY\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened;
  }
}
