package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People change a repository's trust in the browser: an owner adds a signer with a pasted
 * certificate and sees the change published (which the notary CLI confirms), a weak key is
 * explained under the key field, removing asks first, and a viewer is offered no change at all.
 */
class SignersBrowserIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String REPOSITORY = "app";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anOwnerAddsASignerWithACertificateSeesItPublishedAndRemovesIt(@TempDir Path work)
      throws Exception {
    String org = organisationWithRepository("signers");
    String owner = member(org, "owner", "OWNER");
    String gun = RepositoriesIT.REGISTRY_HOST + "/" + org + "/" + REPOSITORY;
    KeyPair alice = SignerKeyMaterial.p256();
    String certificate =
        SignerKeyMaterial.certificatePem(alice, Duration.ofHours(-1), Duration.ofDays(365));
    // The CLI names a certificate's key by its canonical ID, that of the plain public key (facts
    // §6).
    String canonicalId = SignerKeyMaterial.keyId(alice);
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(owner, PASSWORD);
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);

      trust.fillSigner("alice", certificate);
      browser.screenshot("add-signer-dialog");
      trust.fileSigner();

      trust.awaitSignerDialogClosed();
      assertThat(trust.awaitNotification("filed")).startsWith("Change #");
      trust.awaitRecentChanges(1, "PUBLISHED");
      trust.awaitSignerListed("alice");
      assertThat(trust.recentChangesText()).contains("Add signer alice").contains("Published");
      assertThat(trust.rolesText()).contains("targets/releases");
      browser.screenshot("trust-signer-published");

      String keyId = signerKeyId(org, "alice");
      assertThat(trust.signersText()).contains(keyId.substring(0, 12)).contains("ecdsa-x509");
      String delegations =
          NotaryCli.as(stack, work.resolve("fresh"), owner, PASSWORD)
              .run("delegation", "list", gun);
      assertThat(lineOf(delegations, "targets/releases")).contains(canonicalId);
      assertThat(lineOf(delegations, "targets/alice")).contains(canonicalId);

      JsonNode change = admin.get("/api/v1/orgs/" + org + "/changes").json().get("items").get(0);
      ChangesPage changes = ChangesPage.open(browser, org);
      changes.awaitChange(change.get("id").asLong(), "PUBLISHED");
      assertThat(changes.gridText()).contains(REPOSITORY).contains("Add signer").contains(owner);
      browser.screenshot("changes");
      changes.openDetails(change.get("id").asLong());
      assertThat(changes.payload())
          .isEqualTo(change.get("payload").asText())
          .contains("\"signer\":\"alice\"");
      assertThat(changes.digest()).isEqualTo(sha256(changes.payload()));
      browser.screenshot("change-details");
      changes.closeDetails();

      DashboardPage dashboard = DashboardPage.open(browser, org);
      assertThat(dashboard.count("repositories")).isEqualTo(1);
      // The platform admin who founded it (its first owner) and the owner.
      assertThat(dashboard.count("members")).isEqualTo(2);
      assertThat(dashboard.count("pending")).isZero();
      browser.screenshot("dashboard");

      trust = TrustPage.open(browser, org, REPOSITORY);
      String confirmation = trust.askToRemoveSigner("alice");
      assertThat(confirmation)
          .contains("targets/alice")
          .contains("targets/releases")
          .contains(keyId.substring(0, 12));
      browser.screenshot("trust-remove-signer-confirm");
      trust.confirm();

      trust.awaitRecentChanges(2, "PUBLISHED");
      trust.awaitNoSigners();
      browser.screenshot("trust-signer-removed");
    }
    String after =
        NotaryCli.as(stack, work.resolve("after"), owner, PASSWORD).run("delegation", "list", gun);
    assertThat(after).doesNotContain("targets/alice").doesNotContain(canonicalId);
  }

  @Test
  void anAdminAddsAKeyFromAFileAndRaisesTheSignersThresholdWithinItsKeys(@TempDir Path work)
      throws Exception {
    String org = organisationWithRepository("threshold");
    fileAndPublishSigner(org, "grace");
    Path certificate =
        NotaryCli.file(
            work,
            "grace.crt",
            SignerKeyMaterial.certificatePem(
                SignerKeyMaterial.p256(), Duration.ofHours(-1), Duration.ofDays(90)));
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);

      trust.uploadKey("grace", certificate);
      trust.fileSigner();
      trust.awaitSignerDialogClosed();
      trust.awaitRecentChanges(2, "PUBLISHED");
      browser.waiter().until(d -> trust.signersText().contains("1 of 2"));

      trust.askForThreshold("grace", 3);
      assertThat(trust.thresholdError()).contains("from 1 to 2");
      browser.screenshot("threshold-dialog-error");
      assertThat(changeCount(org)).isEqualTo(2);
      trust.askForThreshold("grace", 2);
      trust.awaitThresholdDialogClosed();

      trust.awaitRecentChanges(3, "PUBLISHED");
      browser.waiter().until(d -> trust.signersText().contains("2 of 2"));
    }
    String graceGun = RepositoriesIT.REGISTRY_HOST + "/" + org + "/" + REPOSITORY;
    String delegations =
        NotaryCli.member(stack, work.resolve("fresh"), graceGun, "VIEWER")
            .run("delegation", "list", graceGun);
    assertThat(lineOf(delegations, "targets/grace").trim()).endsWith(" 2");
  }

  @Test
  void aWeakRsaKeyIsExplainedUnderTheKeyFieldAndFilesNothing() throws Exception {
    String org = organisationWithRepository("weakkey");
    String weak = SignerKeyMaterial.publicPem(SignerKeyMaterial.generate("RSA", 1024));
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);

      trust.fillSigner("bob", weak);
      trust.fileSigner();

      assertThat(trust.keyError()).contains("1024 bits").contains("2048");
      assertThat(trust.signerDialogOpen()).isTrue();
      browser.screenshot("add-signer-weak-key");
    }
    assertThat(changeCount(org)).isZero();
  }

  @Test
  void aDuplicateSignerNameIsExplainedUnderTheNameField() throws Exception {
    String org = organisationWithRepository("dupsigner");
    fileAndPublishSigner(org, "carol");
    String certificate =
        SignerKeyMaterial.certificatePem(
            SignerKeyMaterial.p256(), Duration.ofHours(-1), Duration.ofDays(30));
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);

      trust.fillSigner("carol", certificate);
      trust.fileSigner();

      assertThat(trust.nameError()).contains("carol").contains("already");
      assertThat(trust.signerDialogOpen()).isTrue();
    }
    assertThat(changeCount(org)).isEqualTo(1);
  }

  @Test
  void aViewerReadsTheTrustDataButIsOfferedNoChange() throws Exception {
    String org = organisationWithRepository("viewing");
    fileAndPublishSigner(org, "dave");
    String viewer = member(org, "viewer", "VIEWER");
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(viewer, PASSWORD);
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);

      trust.awaitSignerListed("dave");
      trust.awaitRecentChanges(1, "PUBLISHED");
      assertThat(trust.offersChanges()).isFalse();
      assertThat(trust.showsAnyChangeButton()).isFalse();
      browser.screenshot("trust-viewer");
    }
  }

  @Test
  void theTrustPagesSpeakChinese() throws Exception {
    String org = organisationWithRepository("zhongwen");
    fileAndPublishSigner(org, "erin");
    String weak = SignerKeyMaterial.publicPem(SignerKeyMaterial.generate("RSA", 1024));
    try (BrowserSession browser = new BrowserSession(stack, "zh-CN")) {
      LoginPage.open(browser).signIn("admin", stack.adminPassword());
      TrustPage trust = TrustPage.open(browser, org, REPOSITORY);
      trust.awaitRecentChanges(1, "PUBLISHED");
      assertThat(trust.recentChangesText()).contains("已发布").contains("添加签名者 erin");
      browser.screenshot("trust-zh");

      trust.fillSigner("frank", weak);
      trust.fileSigner();
      assertThat(trust.keyError()).contains("1024 位");
      browser.screenshot("add-signer-weak-key-zh");

      ChangesPage changes = ChangesPage.open(browser, org);
      assertThat(changes.gridText()).contains("添加签名者");
      browser.screenshot("changes-zh");
      DashboardPage.open(browser, org);
      browser.screenshot("dashboard-zh");
    }
    assertThat(changeCount(org)).isEqualTo(1);
  }

  private String organisationWithRepository(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + REPOSITORY + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return org;
  }

  private String member(String org, String prefix, String role) {
    String username = OrganisationsApiIT.uniqueName(prefix);
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
                    "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}")
                .status())
        .isEqualTo(201);
    return username;
  }

  /** Through the API, as a script would, and waits until it is published. */
  private void fileAndPublishSigner(String org, String name) throws InterruptedException {
    KeyPair keys = SignerKeyMaterial.p256();
    PortalApi.Response filed =
        admin.post(
            "/api/v1/orgs/" + org + "/repositories/" + REPOSITORY + "/signers",
            "{\"name\":\""
                + name
                + "\",\"publicKey\":\""
                + SignerKeyMaterial.publicPem(keys).replace("\n", "\\n")
                + "\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    String path = "/api/v1/changes/" + filed.json().get("id").asLong();
    Instant deadline = Instant.now().plusSeconds(60);
    while (!admin.get(path).json().get("state").asText().equals("PUBLISHED")) {
      assertThat(Instant.now()).as(admin.get(path).body()).isBefore(deadline);
      Thread.sleep(200);
    }
  }

  private String signerKeyId(String org, String signer) {
    JsonNode trust =
        admin.get("/api/v1/orgs/" + org + "/repositories/" + REPOSITORY + "/trust").json();
    for (JsonNode s : trust.get("signers")) {
      if (s.get("name").asText().equals(signer)) {
        return s.get("keys").get(0).get("id").asText();
      }
    }
    throw new AssertionError("no signer " + signer + " in " + trust);
  }

  private static String lineOf(String output, String role) {
    return output
        .lines()
        .filter(l -> l.startsWith(role + " ") || l.startsWith(role + "\t"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + role + " in:\n" + output));
  }

  private long changeCount(String org) {
    return admin.get("/api/v1/orgs/" + org + "/changes?size=1").json().get("total").asLong();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
