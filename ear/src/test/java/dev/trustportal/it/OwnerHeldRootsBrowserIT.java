package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Owner-held roots in Chromium (issue 22): three owners register security keys and enrol them as
 * custodian keys on the security keys page (virtual authenticators with the PRF extension, {@code
 * hasPrf}); the organisation is in OWNERS custody 2 of 3; a new repository's root ceremony page
 * shows the operation, its digest and the progress, and publishes at the second touch; a fresh
 * notary CLI verifies a root of 3 keys, threshold 2.
 */
class OwnerHeldRootsBrowserIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void threeOwnersEnrolPrfKeysAndTwoSignTheRootCeremonyInTheBrowser(@TempDir Path work)
      throws Exception {
    String org = OrganisationsApiIT.uniqueName("ceremony");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    List<String> owners = new ArrayList<>();
    List<BrowserSession> browsers = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        String owner = TwoTenants.createUser(admin, "keeper");
        TwoTenants.addMember(admin, org, owner, "OWNER");
        owners.add(owner);
        BrowserSession browser = new BrowserSession(stack, "en-US").onLocalhost();
        browsers.add(browser);
        addPrfAuthenticator(browser);
        LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
        registerAndEnrol(browser, "keeper key " + i);
        if (i == 0) {
          browser.screenshot("custodian-key-enrolled");
        }
      }
      PortalApi first = PortalApi.as(stack, owners.get(0), TwoTenants.PASSWORD);
      JsonNode custody = first.get("/api/v1/orgs/" + org + "/root-custody").json();
      assertThat(custody.get("custodians")).hasSize(3);
      // An owner without a PRF key: approves changes, holds no root key.
      String plainOwner = TwoTenants.createUser(admin, "plain");
      TwoTenants.addMember(admin, org, plainOwner, "OWNER");
      // The switch on the organisation's page; the policy asks no approvals yet, so it applies at
      // once (OwnerHeldRootsIT approves a filed one).
      BrowserSession settings = browsers.get(0);
      settings.open("/orgs/" + org);
      settings.awaitText(By.id("custody-settings-state"), "SERVER custody");
      WebElement threshold = settings.await(By.cssSelector("#custody-threshold input"));
      threshold.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
      click(settings, By.id("custody-request"));
      settings.awaitText(By.id("custody-settings-outcome"), "OWNERS custody applies now");
      settings.awaitText(By.id("custody-settings-state"), "OWNERS custody");
      settings.screenshot("custody-settings-switched");
      assertThat(first.get("/api/v1/orgs/" + org + "/root-custody").json().get("mode").asText())
          .isEqualTo("OWNERS");

      PortalApi.Response created =
          admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(202);
      long id = created.json().get("rootCeremony").asLong();
      String gun = created.json().get("gun").asText();
      String digest =
          first.get("/api/v1/orgs/" + org + "/root-ceremonies/" + id).json().get("digest").asText();

      BrowserSession one = browsers.get(0);
      one.open("/orgs/" + org + "/root-ceremonies/" + id);
      assertThat(one.await(By.id("ceremony-digest")).getText()).isEqualTo("sha256:" + digest);
      assertThat(one.await(By.id("ceremony-summary")).getText())
          .contains(gun)
          .contains("3 root keys");
      one.awaitText(
          By.id("ceremony-progress"), "0 of 2 custodians have touched their key; 2 more needed.");
      one.screenshot("root-ceremony-open");
      click(one, By.id("ceremony-touch"));
      one.awaitText(
          By.id("ceremony-progress"), "1 of 2 custodians have touched their key; 1 more needed.");
      one.screenshot("root-ceremony-one-of-two");
      assertThat(
              first
                  .get("/api/v1/orgs/" + org + "/root-ceremonies/" + id)
                  .json()
                  .get("state")
                  .asText())
          .isEqualTo("OPEN");

      BrowserSession two = browsers.get(1);
      two.open("/orgs/" + org + "/root-ceremonies/" + id);
      click(two, By.id("ceremony-touch"));
      two.awaitText(By.id("ceremony-status"), "Published to notary-server");
      two.screenshot("root-ceremony-published");

      NotaryCli cli = NotaryCli.member(stack, work.resolve("fresh"), gun, "SIGNER");
      assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
      JsonNode root =
          new ObjectMapper()
              .readTree(work.resolve("fresh/tuf/" + gun + "/metadata/root.json").toFile());
      JsonNode rootRole = root.get("signed").get("roles").get("root");
      assertThat(rootRole.get("keyids")).hasSize(3);
      assertThat(rootRole.get("threshold").asInt()).isEqualTo(2);
      Set<String> signers = new HashSet<>();
      root.get("signatures").forEach(s -> signers.add(s.get("keyid").asText()));
      assertThat(signers).hasSize(2);
      // Docker's own client sees the same: three root keys, as a consumer of the images would.
      DockerTrustCli docker =
          DockerTrustCli.as(
              stack,
              java.nio.file.Files.createDirectories(work.resolve("docker")),
              gun.split("/")[0],
              owners.get(0),
              TwoTenants.PASSWORD);
      List<String> rootKeyIds = new ArrayList<>();
      rootRole.get("keyids").forEach(k -> rootKeyIds.add(k.asText()));
      assertThat(DockerTrustCli.administrativeKeys(docker.inspect(gun), "Root"))
          .containsExactlyInAnyOrderElementsOf(rootKeyIds);

      // The trust page shows who holds each root key, and offers owners the rotations.
      one.open("/orgs/" + org + "/repositories/app");
      one.awaitText(By.id("root-custody-mode"), "2 of these 3 root keys must sign");
      String keys = one.await(By.id("root-custody-keys")).getText();
      owners.forEach(owner -> assertThat(keys).contains("held by " + owner));
      assertThat(one.driver().findElements(By.id("root-custody-hint"))).isEmpty();
      scrollTo(one, By.id("root-custody"));
      one.screenshot("trust-root-custody");
      JsonNode perRepository =
          first.get("/api/v1/orgs/" + org + "/repositories/app/root-custody").json();
      assertThat(perRepository.get("mode").asText()).isEqualTo("OWNERS");
      assertThat(perRepository.get("rootKeys")).hasSize(3);
      assertThat(perRepository.get("callerIsCustodian").asBoolean()).isTrue();

      try (BrowserSession plain = new BrowserSession(stack, "zh-CN")) {
        LoginPage.open(plain).signIn(plainOwner, TwoTenants.PASSWORD);
        plain.open("/orgs/" + org + "/repositories/app");
        plain.awaitText(By.id("root-custody-hint"), "您没有登记支持 PRF 的安全密钥");
        scrollTo(plain, By.id("root-custody"));
        plain.screenshot("trust-root-custody-no-prf-key-zh");
      }

      click(one, By.id("rotate-root"));
      one.awaitText(By.id("ceremony-summary"), "Rotate the root keys of " + gun);
      one.screenshot("root-rotation-ceremony-open");
      click(one, By.id("ceremony-touch"));
      one.awaitText(
          By.id("ceremony-progress"), "1 of 2 custodians have touched their key; 1 more needed.");
      String rotation = one.driver().getCurrentUrl().replaceAll(".*/root-ceremonies/", "");
      String kitKeyId = takeRecoveryKit(one, work);
      one.awaitText(
          By.id("ceremony-progress"), "1 of 2 custodians have touched their key; 1 more needed.");
      two.open("/orgs/" + org + "/root-ceremonies/" + rotation);
      click(two, By.id("ceremony-touch"));
      two.awaitText(By.id("ceremony-status"), "Published to notary-server");
      two.screenshot("root-rotation-published");
      cli.run("list", gun);
      JsonNode rotated =
          new ObjectMapper()
              .readTree(work.resolve("fresh/tuf/" + gun + "/metadata/root.json").toFile());
      assertThat(rotated.get("signed").get("version").asInt()).isEqualTo(2);
      List<String> rootKeys = new ArrayList<>();
      first
          .get("/api/v1/orgs/" + org + "/repositories/app/root-custody")
          .json()
          .get("rootKeys")
          .forEach(k -> rootKeys.add(k.get("keyId").asText()));
      assertThat(rootKeys).as("the kit holds a root key of the new root").contains(kitKeyId);

      // Giving root custody back is asked with what it gives up. This organisation's policy asks no
      // approval of it, so it applies at once and opens the ceremony that hands the root back.
      one.open("/orgs/" + org);
      click(one, By.id("custody-return"));
      one.awaitText(
          By.xpath("//vaadin-confirm-dialog-overlay[@opened]"), "can sign root without you");
      one.screenshot("custody-return-confirm");
      one.click(
          By.xpath(
              "//vaadin-confirm-dialog-overlay[@opened]//vaadin-button[@slot='confirm-button']"));
      one.awaitText(By.id("custody-settings-outcome"), "SERVER custody applies now");
      scrollTo(one, By.id("custody-settings"));
      one.screenshot("custody-return-applied");
      List<String> open = new ArrayList<>();
      first
          .get("/api/v1/orgs/" + org + "/root-ceremonies")
          .json()
          .forEach(
              c -> {
                if (c.get("state").asText().equals("OPEN")) {
                  open.add(c.get("operation").asText());
                }
              });
      assertThat(open).containsExactly("RETURN_ROOT_TO_SERVER");
      returnCeremonyPages(one, first, org);
    } finally {
      browsers.forEach(BrowserSession::close);
    }
  }

  /**
   * The return ceremony's page says what it does and offers no recovery kit (no root names the
   * custodians' keys afterwards). When it expires, the trust page offers the owner a new one for
   * the root left behind, which opens on its page.
   */
  private void returnCeremonyPages(BrowserSession one, PortalApi first, String org)
      throws Exception {
    JsonNode ceremony = null;
    for (JsonNode c : first.get("/api/v1/orgs/" + org + "/root-ceremonies").json()) {
      if (c.get("state").asText().equals("OPEN")) {
        ceremony = c;
      }
    }
    long id = ceremony.get("id").asLong();
    one.open("/orgs/" + org + "/root-ceremonies/" + id);
    one.awaitText(By.id("ceremony-summary"), "Return the root of");
    assertThat(one.await(By.id("ceremony-touch")).isDisplayed()).isTrue();
    assertThat(one.driver().findElements(By.id("ceremony-recovery-kit")))
        .as("no recovery kit of a key no root will name")
        .noneMatch(WebElement::isDisplayed);
    one.screenshot("root-ceremony-return");

    one.open("/orgs/" + org + "/repositories/app");
    one.awaitText(By.id("root-custody-mode"), "2 of these 3 root keys must sign");
    assertThat(one.driver().findElements(By.id("root-custody-switch")))
        .as("while its ceremony is open")
        .isEmpty();
    stack.portalSql(
        "update root_ceremony set expires_at = now() - interval '1 second' where id = " + id);
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(40);
    while (!first
            .get("/api/v1/orgs/" + org + "/root-ceremonies/" + id)
            .json()
            .get("state")
            .asText()
            .equals("EXPIRED")
        && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
    }
    one.open("/orgs/" + org + "/repositories/app");
    one.awaitText(By.id("root-custody-switch-hint"), "its return ceremony expired or failed");
    scrollTo(one, By.id("root-custody"));
    one.screenshot("trust-root-custody-return-due");
    click(one, By.id("root-custody-switch"));
    one.awaitText(By.id("ceremony-summary"), "Return the root of");
    one.screenshot("root-ceremony-return-reopened");
    JsonNode due =
        first
            .get("/api/v1/orgs/" + org + "/repositories/app/root-custody")
            .json()
            .path("custodySwitch");
    assertThat(due.isNull() || due.isMissingNode()).as("a ceremony is open again").isTrue();
  }

  /**
   * The custodian takes their recovery kit on the ceremony page: two passphrases that differ are
   * refused, then a touch makes the file, which `notary key import` reads. Answers its key ID.
   */
  private String takeRecoveryKit(BrowserSession browser, Path work) throws Exception {
    String passphrase = "browser kit passphrase";
    click(browser, By.id("ceremony-recovery-kit"));
    // type() leaves each field as a person does: a password field sends its value on change.
    browser.type(By.cssSelector("#recovery-kit-passphrase input"), passphrase);
    browser.type(By.cssSelector("#recovery-kit-repeat input"), "another passphrase");
    click(browser, By.id("recovery-kit-make"));
    browser.awaitText(By.id("recovery-kit-refusal"), "The two passphrases differ");
    browser.type(By.cssSelector("#recovery-kit-passphrase input"), passphrase);
    browser.type(By.cssSelector("#recovery-kit-repeat input"), passphrase);
    click(browser, By.id("recovery-kit-make"));
    // Either the kit is made or the dialog says why not: the reason is what a failure should show.
    try {
      browser
          .waiter()
          .until(
              d ->
                  d.findElement(By.id("recovery-kit-status")).getText().contains("is ready")
                      || !String.valueOf(
                              d.findElement(By.id("recovery-kit-refusal"))
                                  .getDomProperty("textContent"))
                          .contains("differ"));
    } catch (org.openqa.selenium.TimeoutException stuck) {
      browser.screenshot("root-ceremony-recovery-kit-stuck");
    }
    assertThat(browser.driver().findElement(By.id("recovery-kit-status")).getText())
        .as(
            "the kit is made; the dialog said: %s",
            browser
                .driver()
                .findElement(By.id("recovery-kit-refusal"))
                .getDomProperty("textContent"))
        .contains("is ready");
    browser.screenshot("root-ceremony-recovery-kit");
    String fileName = browser.await(By.id("recovery-kit-download")).getText().trim();
    String keyFile = download(browser, "recovery-kit-download");
    assertThat(keyFile).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----").contains("role: root");
    Path kit = Files.writeString(work.resolve(fileName), keyFile);
    NotaryCli offline =
        new NotaryCli(stack, work.resolve("browser-kit")).withRootPassphrase(passphrase);
    offline.run("key", "import", kit.toString(), "--role", "root");
    String keyId = fileName.replace(".key", "");
    assertThat(offline.run("key", "list")).contains(keyId);
    click(browser, By.id("recovery-kit-close"));
    return keyId;
  }

  /** A link's download, fetched in the page with the session's cookie (JSON keeps line ends). */
  private static String download(BrowserSession browser, String link) throws Exception {
    String href = browser.await(By.id(link)).getDomAttribute("href");
    assertThat(href).isNotBlank();
    Object body =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.text())"
                    + ".then(t => done(JSON.stringify(t)), e => done(JSON.stringify('' + e)));",
                href);
    return new ObjectMapper().readValue(String.valueOf(body), String.class);
  }

  /**
   * A CTAP2 USB key with user verification and the PRF extension (hmac-secret), added through the
   * DevTools protocol: Selenium's virtual authenticator options have no {@code hasPrf}.
   */
  private static void addPrfAuthenticator(BrowserSession browser) {
    browser.driver().executeCdpCommand("WebAuthn.enable", Map.of("enableUI", false));
    browser
        .driver()
        .executeCdpCommand(
            "WebAuthn.addVirtualAuthenticator",
            Map.of(
                "options",
                Map.of(
                    "protocol",
                    "ctap2",
                    "transport",
                    "usb",
                    "hasResidentKey",
                    false,
                    "hasUserVerification",
                    true,
                    "isUserVerified",
                    true,
                    "hasPrf",
                    true)));
  }

  private static void scrollTo(BrowserSession browser, By element) {
    browser.driver().executeScript("arguments[0].scrollIntoView();", browser.await(element));
  }

  private static void click(BrowserSession browser, By button) {
    browser
        .driver()
        .executeScript(
            "arguments[0].scrollIntoView(); arguments[0].click();", browser.await(button));
  }

  private static void registerAndEnrol(BrowserSession browser, String name) {
    browser.open("/security-keys");
    WebElement field = browser.await(By.cssSelector("#security-key-name input"));
    field.sendKeys(name, Keys.TAB);
    browser.click(By.id("register-security-key"));
    browser.awaitText(By.id("security-key-grid"), name);
    // The custodian column may sit beyond the grid's visible width: a script click reaches it as a
    // tap does.
    WebElement enrol = browser.await(By.cssSelector("[id^='enrol-custodian-']"));
    browser.driver().executeScript("arguments[0].scrollIntoView(); arguments[0].click();", enrol);
    browser.await(By.cssSelector("[id^='custodian-key-']"));
  }
}
