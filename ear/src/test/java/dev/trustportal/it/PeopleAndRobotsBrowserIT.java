package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * People and robots (issue 25, item 9): an owner finds whom to add among the people they work with
 * (and nobody else), reads what each role may do, changes a member's role after seeing the change,
 * cannot demote the last owner, and copies a robot token's username for CI.
 */
class PeopleAndRobotsBrowserIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;
  // A dialog's own element has no size: its overlay shows the content.
  private static final By DIALOG = By.cssSelector("vaadin-dialog-overlay");

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anOwnerLooksUpAColleagueChangesTheirRoleAndCannotDemoteTheLastOwner() throws Exception {
    String owner = TwoTenants.createUser(admin, "owner");
    String colleague = TwoTenants.createUser(admin, "pal");
    String stranger = TwoTenants.createUser(admin, "pal");
    String org = TwoTenants.createOrg(admin, "people", owner);
    String other = TwoTenants.createOrg(admin, "elsewhere", owner);
    PortalApi ownerApi = PortalApi.as(stack, owner, PASSWORD);
    TwoTenants.addMember(ownerApi, other, colleague, "SIGNER");

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      browser.open("/orgs/" + org + "/members");
      MembersPage members = MembersPage.await(browser);
      browser.click(By.id("add-member-button"));
      WebElement input = browser.await(By.cssSelector("#member-username-field input"));
      input.sendKeys("pal");
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                      .anyMatch(item -> item.getText().equals(colleague)));
      assertThat(
              browser.driver().findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                  .map(WebElement::getText))
          .contains(colleague)
          .doesNotContain(stranger);
      assertThat(browser.await(By.id("member-role-select")).getText())
          .contains("Reads repositories, trust data, members and changes; changes nothing.");
      browser.screenshot("member-add-lookup-en");
      browser.driver().findElements(By.cssSelector("vaadin-combo-box-item")).stream()
          .filter(item -> item.getText().equals(colleague))
          .findFirst()
          .orElseThrow()
          .click();
      browser.click(By.id("add-member-confirm"));
      members.awaitNotification(colleague + " added as Viewer");

      browser.click(By.id("change-role-" + colleague));
      browser.awaitText(DIALOG, colleague + " is Viewer now.");
      browser.click(By.id("change-role-select"));
      browser
          .await(By.xpath("//vaadin-select-item[@role='option'][contains(., 'Signer')]"))
          .click();
      browser.awaitText(By.id("change-role-select"), "Signs tags");
      browser.screenshot("member-change-role-en");
      browser.click(By.id("change-role-confirm"));
      members.awaitNotification(colleague + " is Signer now");
      members.awaitInGrid("Signer");
      assertThat(roleOf(ownerApi, org, colleague)).isEqualTo("SIGNER");

      browser.click(By.id("change-role-" + owner));
      browser.click(By.id("change-role-select"));
      browser.click(By.xpath("//vaadin-select-item[@role='option'][contains(., 'Admin')]"));
      browser.click(By.id("change-role-confirm"));
      browser.awaitText(
          By.id("change-role-refusal"), "is the last owner of '" + org + "' and cannot be demoted");
      browser.screenshot("member-last-owner-en");
      assertThat(roleOf(ownerApi, org, owner)).isEqualTo("OWNER");
      browser.click(By.id("change-role-cancel"));
      browser.waiter().until(d -> d.findElements(DIALOG).isEmpty());

      browser.click(By.id("language-select"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.click(By.id("change-role-" + colleague));
      browser.awaitText(DIALOG, "现在是签名者");
      browser.screenshot("member-change-role-zh");
    }
  }

  @Test
  void theRobotUsernameCiNeedsIsListedWithACopyButton() throws Exception {
    String owner = TwoTenants.createUser(admin, "owner");
    String org = TwoTenants.createOrg(admin, "robots", owner);
    PortalApi ownerApi = PortalApi.as(stack, owner, PASSWORD);
    PortalApi.Response created =
        ownerApi.post(
            "/api/v1/orgs/" + org + "/robot-tokens",
            "{\"name\":\"ci-build\",\"access\":\"WRITE\",\"expiresInDays\":7}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("token").get("id").asLong();
    String username = "robot$" + org + "$ci-build";

    try (BrowserSession browser = new BrowserSession(stack, "en-US").onLocalhost()) {
      browser
          .driver()
          .executeCdpCommand(
              "Browser.grantPermissions",
              Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
      LoginPage.open(browser).signIn(owner, PASSWORD);
      ApiTokensPage robots = ApiTokensPage.openRobots(browser, org);
      assertThat(browser.await(By.id("robot-username-" + id)).getText()).isEqualTo(username);
      browser.click(By.id("copy-robot-username-" + id));
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                      .anyMatch(
                          card -> card.getText().contains("Copied the username to the clipboard")));
      Object clipboard =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + " navigator.clipboard.readText().then(done, e => done('' + e));");
      assertThat(clipboard).isEqualTo(username);
      browser.screenshot("robot-username-en");

      robots.create("deploy");
      assertThat(browser.await(By.cssSelector("#token-username input")).getDomProperty("value"))
          .isEqualTo("robot$" + org + "$deploy");
      browser.await(By.id("copy-token-secret"));
      browser.await(By.id("copy-token-username"));
      browser.screenshot("robot-secret-dialog-en");
    }
  }

  @Test
  void aPlatformAdminGivesAPlatformRoleInTheBrowserAndCannotWithdrawTheirOwn() throws Exception {
    // "aaa" sorts before every other test's accounts: the row is on the list's first page.
    String user = TwoTenants.createUser(admin, "aaa");
    String member = TwoTenants.createUser(admin, "member");
    // With a second platform admin in the run, a new platform role waits for their approval.
    PlatformAdmins.approver(stack);

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.click(By.id("nav-platform-users"));
      browser.awaitText(By.id("platform-user-grid"), user);
      assertThat(browser.await(By.id("platform-roles-explained")).getText())
          .contains("support staff search");
      browser.click(By.id("platform-roles-" + user));
      browser.awaitText(DIALOG, "opens support cases");
      browser.click(By.id("platform-role-support"));
      browser.screenshot("platform-roles-dialog-en");
      browser.click(By.id("platform-roles-confirm"));
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                      .anyMatch(
                          card ->
                              card.getText()
                                  .contains(
                                      "Support waits for another platform admin's approval")));
      // Giving a platform role takes a second platform admin's key (PlatformRoleGrantsIT): not
      // given yet.
      assertThat(admin.get("/api/v1/users/" + user).json().get("roles").toString())
          .doesNotContain("support");
      browser.screenshot("platform-users-en");

      browser.click(By.id("platform-roles-admin"));
      browser.click(By.id("platform-role-platform-admin"));
      browser.click(By.id("platform-roles-confirm"));
      browser.awaitText(
          By.id("platform-roles-refusal"), "You cannot do this to your own account 'admin'");
      assertThat(admin.get("/api/v1/users/admin").json().get("roles").toString())
          .contains("platform-admin");
      browser.click(By.id("platform-roles-cancel"));

      browser.click(By.id("language-select"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.awaitText(By.id("platform-user-grid"), "平台管理员");
      browser.screenshot("platform-users-zh");
    }
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(member, PASSWORD);
      assertThat(browser.driver().findElements(By.id("nav-platform-users"))).isEmpty();
      browser.open("/platform/users");
      browser.await(By.id("not-found"));
      assertThat(browser.driver().getPageSource()).doesNotContain(user);
    }
  }

  private static String roleOf(PortalApi api, String org, String username) {
    for (var member : api.get("/api/v1/orgs/" + org + "/members").json().get("items")) {
      if (member.get("username").asText().equals(username)) {
        return member.get("role").asText();
      }
    }
    throw new AssertionError(username + " is no member of " + org);
  }
}
