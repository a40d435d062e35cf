package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A person imports a repository they published with the notary CLI through the import dialog. */
class RepositoryImportBrowserIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void adminImportsACliRepositoryWithAnUploadedAndAPastedKey(@TempDir Path work) throws Exception {
    String org = OrganisationsApiIT.uniqueName("ui-import");
    assertThat(PortalApi.asAdmin(stack).post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status())
        .isEqualTo(201);
    String gun = RepositoriesIT.REGISTRY_HOST + "/" + org + "/team/app";
    CliRepository cli =
        CliRepository.publish(stack, gun, work.resolve("cli")).handSnapshotKeyToServer();
    Path rootKeyFile =
        Files.writeString(work.resolve(cli.keyId("root") + ".key"), cli.keyFile("root"));

    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.open("/orgs/" + org + "/repositories");
      RepositoriesPage repositories = RepositoriesPage.await(browser);
      RepositoryImportDialog dialog =
          RepositoryImportDialog.open(browser)
              .name("team/app")
              .uploadKey("root", rootKeyFile)
              .passphrase("root", CliRepository.ROOT_PASSPHRASE)
              .pasteKey("targets", cli.keyFile("targets"))
              .passphrase("targets", "a wrong guess");
      browser.waiter().until(d -> dialog.confirmation().contains(gun));
      assertThat(dialog.keyText("root")).isEqualTo(cli.keyFile("root"));
      browser.screenshot("repository-import-dialog");

      dialog.submit();

      assertThat(dialog.errorOf("targets-passphrase-field"))
          .isEqualTo(
              "The passphrase does not decrypt the targets key: give the passphrase notary asked"
                  + " for when it made the key (NOTARY_TARGETS_PASSPHRASE).");
      browser.screenshot("repository-import-wrong-passphrase");

      dialog.passphrase("targets", CliRepository.TARGETS_PASSPHRASE).submit();

      dialog.awaitClosed();
      repositories.awaitGridShowing("team/app");
      repositories.openTrust("team/app");
      assertThat(repositories.gun()).isEqualTo(gun);
      // The roles grid shows key IDs shortened to 12 characters.
      assertThat(repositories.rolesText()).contains(cli.keyId("targets").substring(0, 12));
      assertThat(browser.await(By.id("trust-tags")).getText()).contains("v1");
      browser.screenshot("repository-import-trust");
    }
  }

  @Test
  void theDialogSpeaksChinese() throws Exception {
    String org = OrganisationsApiIT.uniqueName("ui-import-zh");
    assertThat(PortalApi.asAdmin(stack).post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status())
        .isEqualTo(201);

    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      browser.open("/orgs/" + org + "/repositories");
      RepositoriesPage.await(browser);
      RepositoryImportDialog dialog = RepositoryImportDialog.open(browser).name("app");

      browser.waiter().until(d -> dialog.confirmation().contains(org + "/app"));
      assertThat(dialog.confirmation()).contains("门户会将两个密钥");
      browser.screenshot("repository-import-dialog-zh");
    }
  }
}
