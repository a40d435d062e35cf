package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Of three owners (the organisation's creator and two more), two register security keys in the
 * browser (Chromium's virtual authenticator, a CTAP2 USB key with user verification) and set the
 * policy to two owners for new signers; a viewer asks to become a signer, an owner accepts, and the
 * two approve the resulting change one after the other; it is published and the notary CLI lists
 * the signer. A ceremony the key does not complete leaves the request pending. An owner adds a
 * second key with a touch of the first, and another owner confirms it on the organisation's page,
 * so that it counts before its cooling-off.
 */
class SecurityKeysBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void twoOwnersApproveASignerWithTheirKeysAndItIsPublished(@TempDir Path work) throws Exception {
    String org = OrganisationsApiIT.uniqueName("keys");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    String gun = repo.json().get("gun").asText();
    String first = owner(org);
    String second = owner(org);
    KeyPair signer = SignerKeyMaterial.p256();
    long id;

    try (BrowserSession one = new BrowserSession(stack, "en-US").onLocalhost();
        BrowserSession two = new BrowserSession(stack, "en-US").onLocalhost()) {
      VirtualAuthenticator firstKey = signInWithKey(one, first);
      signInWithKey(two, second);
      one.registerSecurityKey("blue key");
      one.screenshot("security-keys-page");
      two.registerSecurityKey("red key");

      setPolicy(one, org, 2);
      assertThat(
              admin
                  .get("/api/v1/orgs/" + org + "/approval-policy")
                  .json()
                  .get("approvals")
                  .get("ADD_SIGNER")
                  .asInt())
          .isEqualTo(2);
      JsonNode change = file(org, "alice", signer);
      id = change.get("id").asLong();
      assertThat(change.get("state").asText()).isEqualTo("FILED");

      openApproval(one, org, id);
      assertThat(one.await(By.id("approve-digest")).getText())
          .isEqualTo(change.get("digest").asText());
      assertThat(one.await(By.id("approve-summary")).getText()).contains("alice");
      one.screenshot("approval-dialog");
      firstKey.setUserVerified(false);
      one.click(By.id("approve-with-key"));
      one.awaitText(By.id("approve-status"), "still waiting for approval");
      assertThat(state(id)).isEqualTo("FILED");
      assertThat(admin.get("/api/v1/changes/" + id).json().get("approvals").get("have").asInt())
          .isZero();

      firstKey.setUserVerified(true);
      one.click(By.id("approve-with-key"));
      one.waiter().until(d -> d.findElements(By.id("approve-digest")).isEmpty());
      assertThat(admin.get("/api/v1/changes/" + id).json().get("approvals").get("have").asInt())
          .isEqualTo(1);
      assertThat(state(id)).isEqualTo("FILED");

      openApproval(two, org, id);
      two.click(By.id("approve-with-key"));
      two.waiter().until(d -> d.findElements(By.id("approve-digest")).isEmpty());
    }
    admin.awaitPublished(id);
    String delegations =
        NotaryCli.member(stack, work.resolve("trust"), gun, "VIEWER")
            .run("delegation", "list", gun);
    assertThat(delegations).contains("targets/alice").contains(SignerKeyMaterial.keyId(signer));
  }

  @Test
  void removingTheLastKeyTakesATouchOfItAndACancelledTouchKeepsIt() throws Exception {
    String org = OrganisationsApiIT.uniqueName("last-key");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    String user = owner(org);
    PortalApi api = PortalApi.as(stack, user, PASSWORD);
    try (BrowserSession browser = new BrowserSession(stack, "en-US").onLocalhost()) {
      VirtualAuthenticator key = signInWithKey(browser, user);
      browser.registerSecurityKey("only key");
      long id = api.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();

      key.setUserVerified(false);
      String text = askToRemove(browser, id);
      assertThat(text).contains("last security key");
      browser.screenshot("remove-last-security-key");
      confirm(browser);
      browser.awaitText(By.id("security-key-status"), "still registered");
      assertThat(api.get("/api/v1/me/security-keys").json().get("items")).hasSize(1);

      key.setUserVerified(true);
      askToRemove(browser, id);
      confirm(browser);
      browser
          .waiter()
          .until(d -> api.get("/api/v1/me/security-keys").json().get("items").isEmpty());
    }
  }

  @Test
  void anOwnerAddsASecondKeyWithATouchOfTheFirstAndAnotherOwnerConfirmsIt() throws Exception {
    String org = OrganisationsApiIT.uniqueName("confirm");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    String first = owner(org);
    String second = owner(org);
    PortalApi firstApi = PortalApi.as(stack, first, PASSWORD);

    try (BrowserSession one = new BrowserSession(stack, "en-US").onLocalhost();
        BrowserSession two = new BrowserSession(stack, "en-US").onLocalhost()) {
      VirtualAuthenticator blue = signInWithKey(one, first);
      signInWithKey(two, second);
      one.registerSecurityKey("blue key");
      two.registerSecurityKey("red key");
      // Both keys were registered before the organisation required approvals: they count at once.
      setPolicy(one, org, 1);

      one.open("/security-keys");
      assertThat(one.await(By.id("security-key-cooling-off")).getText()).contains("72 hours");
      one.await(By.cssSelector("#security-key-name input")).sendKeys("green key", Keys.TAB);
      one.click(By.id("register-security-key"));
      // The blue key answered; the person swaps it for the new one and registers that.
      one.waiter().until(d -> d.findElement(By.id("register-new-security-key")).isDisplayed());
      one.screenshot("security-keys-first-key-touched");
      one.driver().removeVirtualAuthenticator(blue);
      one.driver().addVirtualAuthenticator(keyOptions());
      one.click(By.id("register-new-security-key"));
      one.awaitText(By.id("security-key-grid"), "green key");
      one.awaitText(By.id("security-key-grid"), "or once another owner confirms it");
      one.screenshot("security-keys-second-key-cooling-off");
      JsonNode green = firstApi.get("/api/v1/me/security-keys").json().get("items").get(1);
      assertThat(green.get("name").asText()).isEqualTo("green key");
      assertThat(green.get("organisations").get(0).get("basis").asText()).isEqualTo("COOLING_OFF");
      long id = green.get("id").asLong();

      two.open("/orgs/" + org);
      two.awaitText(By.id("new-owner-keys-grid"), "green key");
      two.screenshot("organisation-new-owner-key");
      two.click(By.id("confirm-owner-key-" + id));
      two.waiter().until(d -> basis(firstApi, id).equals("CONFIRMED"));
      two.waiter().until(d -> !d.findElement(By.id("new-owner-keys")).isDisplayed());
      two.screenshot("organisation-owner-key-confirmed");
      one.open("/security-keys");
      one.awaitText(By.id("security-key-grid"), "confirmed by " + second);
      one.screenshot("security-keys-second-key-confirmed");
    }
    List<String> actions = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/audit?size=100")
        .json()
        .get("items")
        .forEach(event -> actions.add(event.get("action").asText()));
    assertThat(actions).contains("security_key.registered", "security_key.confirmed");
  }

  private static String basis(PortalApi owner, long id) {
    for (JsonNode key : owner.get("/api/v1/me/security-keys").json().get("items")) {
      if (key.get("id").asLong() == id) {
        return key.get("organisations").get(0).get("basis").asText();
      }
    }
    return "";
  }

  private static String askToRemove(BrowserSession browser, long id) {
    browser
        .driver()
        .executeScript("arguments[0].click()", browser.await(By.id("remove-security-key-" + id)));
    // The overlay of a dialog closed just before may still be going: read the opened one, again if
    // it is replaced while being read.
    By opened = By.xpath("//vaadin-confirm-dialog-overlay[@opened]");
    return browser
        .waiter()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(opened).getText());
  }

  /**
   * Clicks the open dialog's confirm button; the overlay of a dialog closed just before may still
   * be going.
   */
  private static void confirm(BrowserSession browser) {
    By button =
        By.xpath("//vaadin-confirm-dialog-overlay[@opened]//vaadin-button[@slot='confirm-button']");
    browser
        .waiter()
        .until(
            d -> {
              try {
                d.findElement(button).click();
                return true;
              } catch (StaleElementReferenceException | NoSuchElementException closing) {
                return false;
              }
            });
  }

  private VirtualAuthenticator signInWithKey(BrowserSession browser, String user) {
    VirtualAuthenticator key = browser.driver().addVirtualAuthenticator(keyOptions());
    LoginPage.open(browser).signIn(user, PASSWORD);
    return key;
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

  private static void setPolicy(BrowserSession browser, String org, int owners) throws IOException {
    browser.open("/orgs/" + org + "/changes");
    browser.click(By.id("approval-policy-button"));
    WebElement field = browser.await(By.cssSelector("#policy-ADD_SIGNER input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(owners), Keys.TAB);
    assertThat(browser.await(By.id("policy-required-keys")).getText())
        .contains("Every key the platform accepts");
    browser.screenshot("approval-policy-dialog");
    browser.click(By.id("save-approval-policy"));
    browser.waiter().until(d -> d.findElements(By.id("approval-policy-dialog")).isEmpty());
  }

  private static void openApproval(BrowserSession browser, String org, long id) {
    browser.open("/orgs/" + org + "/changes");
    browser.click(By.id("approve-change-" + id));
    browser.await(By.id("approve-digest"));
  }

  private String owner(String org) {
    String username = OrganisationsApiIT.uniqueName("owner");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/orgs/" + org + "/members",
                    "{\"username\":\"" + username + "\",\"role\":\"OWNER\"}")
                .status())
        .isEqualTo(201);
    return username;
  }

  /**
   * A viewer asks for the signer and an owner accepts: the change waits for the policy's approvals.
   */
  private JsonNode file(String org, String name, KeyPair key) {
    String viewer = OrganisationsApiIT.uniqueName(name);
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    "{\"username\":\"" + viewer + "\",\"password\":\"" + PASSWORD + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            admin
                .post(
                    "/api/v1/orgs/" + org + "/members",
                    "{\"username\":\"" + viewer + "\",\"role\":\"VIEWER\"}")
                .status())
        .isEqualTo(201);
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(key));
    PortalApi.Response asked =
        PortalApi.as(stack, viewer, PASSWORD)
            .post("/api/v1/orgs/" + org + "/repositories/app/signer-requests", body.toString());
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    PortalApi.Response accepted =
        admin.post(
            "/api/v1/orgs/"
                + org
                + "/signer-requests/"
                + asked.json().get("id").asLong()
                + "/acceptance",
            "");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    return admin.get("/api/v1/changes/" + accepted.json().get("changeId").asLong()).json();
  }

  private String state(long id) {
    return admin.get("/api/v1/changes/" + id).json().get("state").asText();
  }
}
