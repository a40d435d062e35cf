package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * The approval policy is a change of trust in the browser too: an owner who lowers it in the
 * approval policy dialog only files a policy change (the dialog says so, the policy stays), and it
 * applies once another owner approves it with a touch of their security key in the same dialog,
 * whose form then shows the policy that applies.
 */
class PolicyChangesBrowserIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aPolicyLoweredInTheDialogAppliesOnlyOnceAnotherOwnerApprovesItWithTheirKey()
      throws Exception {
    String first = TwoTenants.createUser(admin, "first");
    String org = TwoTenants.createOrg(admin, "ui-policy", first);
    String second = TwoTenants.createUser(admin, "second");
    PortalApi firstApi = PortalApi.as(stack, first, PASSWORD);
    TwoTenants.addMember(firstApi, org, second, "OWNER");
    String policy = "/api/v1/orgs/" + org + "/approval-policy";

    try (BrowserSession one = new BrowserSession(stack, "en-US").onLocalhost();
        BrowserSession two = new BrowserSession(stack, "en-US").onLocalhost()) {
      two.driver().addVirtualAuthenticator(keyOptions());
      LoginPage.open(two).signIn(second, PASSWORD);
      // Registered while no count is above 0: the key counts once the owners raise the policy.
      two.registerSecurityKey("second key");
      assertThat(firstApi.put(policy, "{\"approvals\":{\"ADD_SIGNER\":1}}").status())
          .isEqualTo(200);

      LoginPage.open(one).signIn(first, PASSWORD);
      openPolicyDialog(one, org);
      WebElement lowered = one.await(By.cssSelector("#policy-ADD_SIGNER input"));
      lowered.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
      one.click(By.id("save-approval-policy"));
      assertThat(notification(one, "Filed as policy change #")).contains("security keys");
      one.screenshot("policy-change-filed-en");
      assertThat(firstApi.get(policy).json().get("approvals").get("ADD_SIGNER").asInt())
          .as("lowered in the dialog, not yet approved")
          .isEqualTo(1);
      long id = firstApi.get(policy + "/changes").json().get(0).get("id").asLong();

      openPolicyDialog(two, org);
      By field = By.cssSelector("#policy-ADD_SIGNER input");
      assertThat(two.await(field).getDomProperty("value")).as("before the approval").isEqualTo("1");
      two.awaitText(By.id("policy-change-" + id), "(0 of 1 approvals)");
      two.screenshot("policy-change-waiting-en");
      By approve = By.id("approve-policy-change-" + id);
      two.click(approve);
      assertThat(notification(two, "Policy change #" + id)).contains("approved: 1 of 1 approvals");
      // The panel hides when nothing waits any more (Vaadin then keeps its last content, hidden).
      two.waiter().until(d -> d.findElements(approve).stream().noneMatch(WebElement::isDisplayed));
      // The form above shows the policy that now applies, not the one it opened with.
      two.waiter().until(d -> "0".equals(d.findElement(field).getDomProperty("value")));
      two.screenshot("policy-change-approved-en");
    }
    assertThat(firstApi.get(policy).json().get("approvals").get("ADD_SIGNER").asInt()).isZero();
    List<String> actions = new ArrayList<>();
    firstApi
        .get("/api/v1/orgs/" + org + "/audit?size=100")
        .json()
        .get("items")
        .forEach(event -> actions.add(event.get("action").asText()));
    assertThat(actions)
        .contains(
            "approval_policy.change_filed",
            "approval_policy.approval_signed",
            "approval_policy.change_applied");
  }

  private static void openPolicyDialog(BrowserSession browser, String org) {
    browser.open("/orgs/" + org + "/changes");
    browser.click(By.id("approval-policy-button"));
    browser.await(By.cssSelector("#policy-ADD_SIGNER input"));
  }

  /** The text of a notification that contains the fragment, once one shows. */
  private static String notification(BrowserSession browser, String fragment) {
    return browser
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains(fragment))
                    .findFirst()
                    .orElse(null));
  }

  /** A CTAP2 USB key with user verification, as a YubiKey with a PIN. */
  private static VirtualAuthenticatorOptions keyOptions() {
    return new VirtualAuthenticatorOptions()
        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
        .setTransport(VirtualAuthenticatorOptions.Transport.USB)
        .setHasResidentKey(false)
        .setHasUserVerification(true)
        .setIsUserVerified(true);
  }
}
