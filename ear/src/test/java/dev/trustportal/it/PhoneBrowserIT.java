package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The portal on a 390 x 844 phone screen: everything reached by clicking, as a thumb would. The
 * user menu holds the language and Sign out; Approve stays in sight at the grid's end.
 */
class PhoneBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void onA390PixelScreenAnOwnerSwitchesLanguageApprovesAChangeAndSignsOutByClicking()
      throws Exception {
    String me = TwoTenants.createUser(admin, "phone");
    String other = TwoTenants.createUser(admin, "owner");
    String org = TwoTenants.createOrg(admin, "phone", me);
    PortalApi mine = PortalApi.as(stack, me, PASSWORD);
    TwoTenants.addMember(mine, org, other, "OWNER");
    assertThat(mine.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    assertThat(
            mine.put(
                    "/api/v1/orgs/" + org + "/approval-policy",
                    "{\"approvals\":{\"ADD_SIGNER\":1},\"selfApproval\":false,\"openHours\":24}")
                .status())
        .isEqualTo(200);
    long change = fileSigner(PortalApi.as(stack, other, PASSWORD), org);

    try (BrowserSession phone = new BrowserSession(stack, "en-US").onLocalhost()) {
      phone.driver().manage().window().setSize(new Dimension(390, 844));
      phone
          .driver()
          .addVirtualAuthenticator(
              new VirtualAuthenticatorOptions()
                  .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                  .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                  .setHasResidentKey(false)
                  .setHasUserVerification(true)
                  .setIsUserVerified(true));
      LoginPage.open(phone).signIn(me, PASSWORD);
      assertThat(phone.driver().findElement(By.id("logout-button")).isDisplayed()).isFalse();
      phone.registerSecurityKey("phone key");
      pastCoolingOff(me);
      phone.screenshot("phone-security-keys");

      // click() tries again while the key's notification still covers the menu at the bottom.
      phone.click(By.id("user-menu-button"));
      phone.click(By.id("user-menu-language-zh-CN"));
      phone.waiter().until(d -> "zh-CN".equals(SignInBrowserIT.documentLanguage(phone)));

      ChangesPage changes = ChangesPage.open(phone, org);
      WebElement approve = phone.await(By.id("approve-change-" + change));
      assertThat(insideViewport(phone, approve)).isTrue();
      phone.screenshot("phone-changes-zh");
      approve.click();
      phone.click(By.id("approve-with-key"));
      phone.waiter().until(d -> d.findElements(By.id("approve-dialog")).isEmpty());
      // Approved: the decision leaves the row (publishing follows on its own).
      phone.waiter().until(d -> d.findElements(By.id("approve-change-" + change)).isEmpty());
      phone.screenshot("phone-approved-zh");

      phone.click(By.id("user-menu-button"));
      phone.screenshot("phone-user-menu-zh");
      phone.click(By.id("user-menu-logout"));
      phone.await(By.cssSelector("vaadin-login-form"));
      assertThat(phone.driver().getCurrentUrl()).contains("/login");
    }
  }

  private static boolean insideViewport(BrowserSession browser, WebElement element) {
    return (Boolean)
        browser
            .driver()
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();return r.width > 0 && r.left >= 0"
                    + " && r.right <= window.innerWidth && r.top >= 0 && r.bottom <="
                    + " window.innerHeight;",
                element);
  }

  private long fileSigner(PortalApi who, String org) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "alice");
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        who.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  /**
   * The key was registered after the organisation required approvals: it counts once its
   * cooling-off is over (SecurityKeyConfirmationIT proves that rule); here it is over.
   */
  private void pastCoolingOff(String username) throws Exception {
    stack.letKeysCoolOff("username = '" + username + "'");
  }
}
