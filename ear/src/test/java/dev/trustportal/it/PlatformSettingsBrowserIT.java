package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The platform admin uploads the FIDO metadata blob as a .jwt file in the platform settings and
 * sees its serial number, next update and how it describes the models of the allow-list; a file
 * that is no blob is refused with a message, and the page stays as it was. The owner of a key of a
 * model the blob reports compromised sees it suspended, with the reason, on the Security keys page.
 */
class PlatformSettingsBrowserIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void thePlatformAdminUploadsTheMetadataFileAndSeesWhatItSays(@TempDir Path work)
      throws Exception {
    JsonSerial current = new JsonSerial(admin.get("/api/v1/platform/metadata").json());
    long no = current.next();
    UUID model = UUID.randomUUID();
    String owner = TwoTenants.createUser(admin, "keyowner");
    TestSecurityKey.enrolled(
        new TestSecurityKey(stack, model),
        PortalApi.as(stack, owner, TwoTenants.PASSWORD),
        "desk key");
    Path blob = work.resolve("blob.jwt");
    Files.writeString(
        blob,
        new MdsBlobs(stack)
            .blob(
                no,
                LocalDate.now().plusMonths(1),
                MdsBlobs.entry(
                    model,
                    "Test Key " + model,
                    "FIDO_CERTIFIED_L1@2024-01-01",
                    "REVOKED@2025-06-01")));
    Path garbage = work.resolve("garbage.jwt");
    Files.writeString(garbage, "this is not a JWT");

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.click(By.id("nav-platform"));
      browser.await(By.id("fido-metadata-upload"));

      upload(browser, blob);
      browser.awaitText(By.id("fido-metadata-summary"), "Serial no " + no);
      assertThat(browser.await(By.id("fido-metadata-models")).getText()).contains("not listed");
      browser.screenshot("platform-settings-fido-metadata");

      browser.open("/platform");
      upload(browser, garbage);
      browser.awaitText(By.id("fido-metadata-error"), "not the metadata blob");
      assertThat(browser.await(By.id("fido-metadata-summary")).getText())
          .contains("Serial no " + no);
    }
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, TwoTenants.PASSWORD);
      browser.open("/security-keys");
      browser.awaitText(By.id("security-key-grid"), "suspended: model Test Key " + model);
      assertThat(browser.await(By.id("security-key-grid")).getText()).contains("REVOKED");
      browser.screenshot("security-keys-suspended-by-metadata");
    }
  }

  private static void upload(BrowserSession browser, Path file) {
    WebElement upload = browser.await(By.id("fido-metadata-upload"));
    upload
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toString());
  }

  /** The stored serial number, if any, and the next one. */
  private record JsonSerial(com.fasterxml.jackson.databind.JsonNode json) {
    long next() {
      return json.get("uploaded").asBoolean() ? json.get("no").asLong() + 1 : 1;
    }
  }
}
