package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowserIT {

  private final PortalStack stack = PortalStack.current();
  private BrowserSession browser;

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession(stack, "en-US");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void adminSignsInCreatesAnOrganisationAndSeesItInTheGrid() throws Exception {
    // A leading digit sorts it before every other test's organisation: the row is on the first page
    // of the grid whatever ran before.
    String name = OrganisationsApiIT.uniqueName("0browser");
    OrganisationsPage organisations =
        LoginPage.open(browser).signIn("admin", stack.adminPassword());

    organisations.create(name);

    organisations.awaitInGrid(name);
    browser.screenshot("organisations");
    assertThat(PortalApi.asAdmin(stack).get("/api/v1/orgs/" + name).status()).isEqualTo(200);
  }

  @Test
  void adminVerifiesAnOrganisationsAuditChainAndSeesATamperedOne() throws Exception {
    String name = OrganisationsApiIT.uniqueName("audited");
    PortalApi admin = PortalApi.asAdmin(stack);
    admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}");
    long id =
        admin.get("/api/v1/orgs/" + name + "/audit").json().get("items").get(0).get("id").asLong();
    LoginPage.open(browser).signIn("admin", stack.adminPassword());

    AuditPage.open(browser).awaitInGrid("sign-in.succeeded");
    AuditPage audit = AuditPage.openChain(browser, name);
    audit.awaitInGrid("organisation.created");
    assertThat(audit.verify("Chain intact")).isEqualTo("Chain intact: 1 events checked");
    browser.screenshot("audit-intact");

    stack.portalSql("UPDATE audit_event SET actor='mallory' WHERE id=" + id);

    assertThat(audit.verify("Chain broken")).isEqualTo("Chain broken at event #" + id);
    browser.screenshot("audit-broken");
  }

  @Test
  void anOwnerSeesOnlyTheirOrganisationAndManagesItsMembers() throws Exception {
    PortalApi admin = PortalApi.asAdmin(stack);
    String owner = OrganisationsApiIT.uniqueName("owner");
    String viewer = OrganisationsApiIT.uniqueName("viewer");
    String org = OrganisationsApiIT.uniqueName("members");
    String password = "correct horse battery";
    for (String user : new String[] {owner, viewer}) {
      admin.post(
          "/api/v1/users", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
    admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\",\"owner\":\"" + owner + "\"}");
    OrganisationsPage organisations = LoginPage.open(browser).signIn(owner, password);

    organisations.awaitInGrid(org);
    assertThat(organisations.offersNewOrganisation()).isFalse();
    MembersPage members = organisations.openMembers(org);
    members.add(viewer, "Viewer");
    members.awaitInGrid(viewer);
    browser.screenshot("members");
    members.remove(owner);

    assertThat(members.awaitNotification("last owner")).contains(owner, org, "approve");
    browser.screenshot("members-last-owner");
    assertThat(
            PortalApi.as(stack, owner, password)
                .get("/api/v1/orgs/" + org + "/members")
                .json()
                .get("total")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  void aPlatformAdminFoundsAnOrganisationForANamedOwnerAndAnUnknownOwnerCreatesNothing()
      throws Exception {
    PortalApi admin = PortalApi.asAdmin(stack);
    String owner = OrganisationsApiIT.uniqueName("founder");
    String password = "correct horse battery";
    admin.post(
        "/api/v1/users", "{\"username\":\"" + owner + "\",\"password\":\"" + password + "\"}");
    String unowned = OrganisationsApiIT.uniqueName("unowned");
    String founded = OrganisationsApiIT.uniqueName("founded");
    OrganisationsPage organisations =
        LoginPage.open(browser).signIn("admin", stack.adminPassword());

    organisations.create(unowned, "nobody-by-this-name");
    assertThat(organisations.ownerError()).contains("nobody-by-this-name");
    assertThat(organisations.dialogOpen()).isTrue();
    browser.screenshot("organisation-unknown-owner");
    browser.await(org.openqa.selenium.By.id("cancel-org-button")).click();
    organisations.create(founded, owner);
    browser.waiter().until(d -> !organisations.dialogOpen());

    // The admin named someone else and is no member: the organisation is the owner's alone.
    PortalApi ownerApi = PortalApi.as(stack, owner, password);
    assertThat(ownerApi.get("/api/v1/orgs/" + founded + "/members").json().get("items").toString())
        .contains(owner)
        .doesNotContain("\"admin\"");
    assertThat(admin.get("/api/v1/orgs/" + founded).status()).isEqualTo(404);
    assertThat(stack.portalSql("select count(*) from organisation where name = '" + unowned + "'"))
        .isEqualTo("0");
  }

  @Test
  void anInvalidNameIsExplainedInTheFormAndCreatesNothing() throws Exception {
    OrganisationsPage organisations =
        LoginPage.open(browser).signIn("admin", stack.adminPassword());
    long before = PortalApi.asAdmin(stack).get("/api/v1/orgs?size=1").json().get("total").asLong();

    organisations.create("Not A Namespace");

    assertThat(organisations.nameError()).contains("lowercase");
    assertThat(organisations.dialogOpen()).isTrue();
    browser.screenshot("organisation-invalid-name");
    assertThat(PortalApi.asAdmin(stack).get("/api/v1/orgs?size=1").json().get("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void aWrongPasswordIsRefusedOnTheSignInPage() throws Exception {
    LoginPage login = LoginPage.open(browser);

    login.attemptSignIn("admin", "wrong-password");

    assertThat(login.showsError()).isTrue();
    browser.screenshot("login-refused");
  }

  @Test
  void theLanguageCanBeSwitchedToSimplifiedChinese() throws Exception {
    OrganisationsPage organisations =
        LoginPage.open(browser).signIn("admin", stack.adminPassword());

    organisations.switchLanguage("简体中文");

    browser.waiter().until(d -> OrganisationsPage.await(browser).pageText().contains("组织"));
    browser.screenshot("organisations-zh");
  }

  @Test
  void theSignInPageFollowsAChineseBrowser() throws Exception {
    try (BrowserSession chinese = new BrowserSession(stack, "zh-CN")) {
      LoginPage login = LoginPage.open(chinese);

      chinese.waiter().until(d -> login.heading().contains("登录"));
      chinese.screenshot("login-zh");
    }
  }
}
