package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A platform admin sees, in the platform settings, the platform roles another admin asked for, and
 * approves one with a touch of their security key: the role is given and the request leaves the
 * list.
 */
class PlatformRoleRequestsBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void aSecondPlatformAdminApprovesARoleRequestWithTheirKeyInThePlatformSettings()
      throws Exception {
    PlatformAdmins.approver(stack); // another platform admin besides the asker: requests wait
    PortalApi asker = PlatformAdmins.seasoned(stack, "asker").api();
    PlatformAdmins.Admin me = PlatformAdmins.keyless(stack, "second");
    String agent = TwoTenants.createUser(asker, "agent");
    PortalApi.Response asked = asker.put("/api/v1/users/" + agent + "/roles/support", "");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    long id = asked.json().get("id").asLong();

    try (BrowserSession browser = new BrowserSession(stack, "en-US").onLocalhost()) {
      browser
          .driver()
          .addVirtualAuthenticator(
              new VirtualAuthenticatorOptions()
                  .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                  .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                  .setHasResidentKey(false)
                  .setHasUserVerification(true)
                  .setIsUserVerified(true));
      LoginPage.open(browser).signIn(me.username(), TwoTenants.PASSWORD);
      browser.open("/security-keys");
      WebElement field = browser.await(By.cssSelector("#security-key-name input"));
      field.sendKeys("admin key", Keys.TAB);
      browser.click(By.id("register-security-key"));
      browser.awaitText(By.id("security-key-grid"), "admin key");
      PlatformAdmins.coolOff(stack, me.username());

      browser.open("/platform");
      assertThat(browser.await(By.id("platform-role-requests-grid")).getText())
          .contains("#" + id)
          .contains(agent)
          .contains("support");
      By approve = By.id("approve-role-request-" + id);
      browser
          .driver()
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.await(approve));
      browser.screenshot("platform-role-requests-en");
      browser.click(approve);
      browser
          .waiter()
          .until(
              d ->
                  d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                      .anyMatch(
                          n ->
                              n.getText()
                                  .contains("The platform role support was given to " + agent)));
      // The row leaves the grid. When it was the only one, the grid is hidden instead (Vaadin then
      // leaves its last rows in the page, hidden): what counts is that no such button shows.
      browser
          .waiter()
          .until(d -> d.findElements(approve).stream().noneMatch(WebElement::isDisplayed));
      browser.screenshot("platform-role-request-approved-en");
    }
    assertThat(asker.get("/api/v1/platform/role-requests/" + id).json().get("state").asText())
        .isEqualTo("GRANTED");
    assertThat(asker.get("/api/v1/users/" + agent).json().get("roles").toString())
        .contains("support");
  }
}
