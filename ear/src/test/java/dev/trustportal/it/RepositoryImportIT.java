package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing repositories that the real notary CLI published, each from a trust directory of its
 * own, on the deployed EAR and the real notary-server: the portal checks the CLI's key files
 * against the published root, holds them, and refuses every wrong key or name with its reason,
 * storing nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepositoryImportIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private String org;

  /** Published, snapshot handed to the server: the one the success path imports. */
  private CliRepository app;

  /** Published, snapshot handed to the server, never imported: every refusal is tried on it. */
  private CliRepository refused;

  @BeforeAll
  void publishWithTheCli(@TempDir Path work) throws Exception {
    org = OrganisationsApiIT.uniqueName("import");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    app = CliRepository.publish(stack, gun("app"), work.resolve("app")).handSnapshotKeyToServer();
    refused =
        CliRepository.publish(stack, gun("refused"), work.resolve("refused"))
            .handSnapshotKeyToServer();
  }

  @Test
  void importsACliPublishedRepositoryAndHoldsItsRootAndTargetsKeys() throws Exception {
    PortalApi.Response imported =
        importRepository(
            "app",
            app.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            app.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);

    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().get("name").asText()).isEqualTo("app");
    assertThat(imported.json().get("gun").asText()).isEqualTo(app.gun());
    assertThat(imported.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/orgs/" + org + "/repositories/app"));
    assertThat(repositoryNames()).contains("app");

    // The trust view shows what the CLI published, and the keys root.json names for root and
    // targets.
    JsonNode trust = admin.get("/api/v1/orgs/" + org + "/repositories/app/trust").json();
    assertThat(tag(trust, "v1").get("digest").asText()).isEqualTo(sha256("release one"));
    assertThat(tag(trust, "v1").get("signedBy"))
        .extracting(JsonNode::asText)
        .containsExactly("targets");
    assertThat(keyIds(trust, "targets")).containsExactly(app.keyId("targets"));
    assertThat(keyIds(trust, "root"))
        .hasSize(1)
        .doesNotContain(app.keyId("root")); // its certificate's ID

    // Both keys are held, sealed, under the canonical IDs the CLI named their files after.
    assertThat(
            stack.portalSql(
                "SELECT role || ' ' || key_id || ' ' || seal_algorithm FROM held_key WHERE gun = '"
                    + app.gun()
                    + "' ORDER BY role"))
        .isEqualTo(
            "root "
                + app.keyId("root")
                + " AES-256-GCM\ntargets "
                + app.keyId("targets")
                + " AES-256-GCM");

    JsonNode event =
        importEvents().stream()
            .filter(e -> e.get("target").asText().equals("app"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no repository.imported event for app"));
    assertThat(event.get("actor").asText()).isEqualTo("admin");
    assertThat(event.get("detail").asText())
        .contains(app.keyId("root"))
        .contains(app.keyId("targets"));
    assertThat(admin.get("/api/v1/orgs/" + org + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();

    // The import changed nothing on notary-server: the CLI goes on publishing, and the portal reads
    // it.
    app.cli()
        .run(
            "add",
            "-p",
            app.gun(),
            "v2",
            NotaryCli.file(Files.createTempDirectory("v2"), "v2.txt", "release two").toString());
    JsonNode after = admin.get("/api/v1/orgs/" + org + "/repositories/app/trust").json();
    assertThat(tag(after, "v2").get("digest").asText()).isEqualTo(sha256("release two"));
  }

  @Test
  void aWrongPassphraseIsRefusedNamingTheKey() throws Exception {
    PortalApi.Response response =
        importRefused(
            refused.keyFile("root"),
            "not-the-passphrase",
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);

    assertRefused(response, 400, "wrong_passphrase", "does not decrypt the root key");
  }

  @Test
  void swappedKeysAreRefusedAsSwapped() throws Exception {
    PortalApi.Response response =
        importRefused(
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE,
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE);

    assertRefused(
        response,
        400,
        "key_mismatch",
        "The key given as the root key (ID "
            + refused.keyId("targets")
            + ") is the targets key of "
            + refused.gun());
    assertThat(response.json().get("message").asText()).contains("swapped");
  }

  @Test
  void keysOfAnotherRepositoryAreRefusedSayingWhichKeyIsWrong() throws Exception {
    PortalApi.Response foreignRoot =
        importRefused(
            app.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);
    PortalApi.Response foreignTargets =
        importRefused(
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            app.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);

    assertRefused(
        foreignRoot,
        400,
        "key_mismatch",
        "The key given as the root key (ID "
            + app.keyId("root")
            + ") is not a root key of "
            + refused.gun()
            + ": its published root.json expects "
            + refused.keyId("root"));
    assertRefused(
        foreignTargets,
        400,
        "key_mismatch",
        "The key given as the targets key (ID "
            + app.keyId("targets")
            + ") is not a targets key of "
            + refused.gun()
            + ": the file says it belongs to "
            + app.gun());
  }

  @Test
  void aNameWithNothingPublishedUnderItsGunIsAConflict() throws Exception {
    PortalApi.Response response =
        importRepository(
            "never-published",
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);

    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.json().get("error").asText()).isEqualTo("not_published");
    assertThat(response.json().get("message").asText())
        .contains("Nothing is published on the notary server under " + gun("never-published"));
    assertNothingStored("never-published");
  }

  @Test
  void aNameTheOrganisationHasIsAConflict() throws Exception {
    assertThat(
            admin
                .post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"made-here\"}")
                .status())
        .isEqualTo(201);
    String heldBefore = heldKeys("made-here");

    PortalApi.Response response =
        importRepository(
            "made-here",
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("error").asText()).isEqualTo("duplicate_name");
    assertThat(response.json().get("message").asText()).contains("made-here");
    assertThat(heldKeys("made-here")).isEqualTo(heldBefore).isEqualTo("2");
  }

  @Test
  void aSnapshotKeyTheClientHoldsIsRefusedWithTheCommandThatHandsItOver(@TempDir Path work)
      throws Exception {
    CliRepository clientSnapshot = CliRepository.publish(stack, gun("client-snapshot"), work);
    String rootKey = clientSnapshot.keyFile("root");
    String targetsKey = clientSnapshot.keyFile("targets");

    PortalApi.Response refusedNow =
        importRepository(
            "client-snapshot",
            rootKey,
            CliRepository.ROOT_PASSPHRASE,
            targetsKey,
            CliRepository.TARGETS_PASSPHRASE);

    assertThat(refusedNow.status()).as(refusedNow.body()).isEqualTo(409);
    assertThat(refusedNow.json().get("error").asText()).isEqualTo("snapshot_key_not_on_server");
    assertThat(refusedNow.json().get("message").asText())
        .contains("notary key rotate " + clientSnapshot.gun() + " snapshot -r");
    assertNothingStored("client-snapshot");

    clientSnapshot.handSnapshotKeyToServer();
    assertThat(
            importRepository(
                    "client-snapshot",
                    rootKey,
                    CliRepository.ROOT_PASSPHRASE,
                    targetsKey,
                    CliRepository.TARGETS_PASSPHRASE)
                .status())
        .isEqualTo(201);
  }

  @Test
  void malformedKeyFilesAreBadRequests() throws Exception {
    String certificate = Files.readString(stack.caCertificate());
    String targets = refused.keyFile("targets");

    assertRefused(
        importRefused("not a key", "x", targets, CliRepository.TARGETS_PASSPHRASE),
        400,
        "malformed_key",
        "The root key file is not a private key notary can use (no PEM block found)");
    assertRefused(
        importRefused(certificate, "x", targets, CliRepository.TARGETS_PASSPHRASE),
        400,
        "malformed_key",
        "holds a PEM block of type CERTIFICATE, not a private key");
    assertRefused(
        importRefused(
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            targets + targets,
            CliRepository.TARGETS_PASSPHRASE),
        400,
        "malformed_key",
        "The targets key file holds 2 PEM blocks");
    assertRefused(
        importRefused(refused.keyFile("root"), CliRepository.ROOT_PASSPHRASE, null, null),
        400,
        "malformed_key",
        "No targets key file was given");
    PortalApi.Response brokenJson =
        admin.post("/api/v1/orgs/" + org + "/repository-imports", "{\"name\":");
    assertThat(brokenJson.status()).isEqualTo(400);
    assertThat(brokenJson.json().get("error").asText()).isEqualTo("malformed_json");
  }

  @Test
  void onlyOwnersAndAdminsImportAndOtherTenantsSeeNothing() throws Exception {
    String outsider = createUser("outsider");
    String viewer = createUser("viewer");
    String otherOrg = OrganisationsApiIT.uniqueName("elsewhere");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + otherOrg + "\"}").status())
        .isEqualTo(201);
    assertThat(addMember(otherOrg, outsider, "OWNER").status()).isEqualTo(201);
    assertThat(addMember(org, viewer, "VIEWER").status()).isEqualTo(201);

    PortalApi.Response asOutsider = importAs(PortalApi.as(stack, outsider, PASSWORD));
    PortalApi.Response asViewer = importAs(PortalApi.as(stack, viewer, PASSWORD));

    assertThat(asOutsider.status()).isEqualTo(404);
    assertThat(asOutsider.json().get("error").asText()).isEqualTo("not_found");
    assertThat(asViewer.status()).isEqualTo(403);
    assertThat(asViewer.json().get("error").asText()).isEqualTo("forbidden");
    assertNothingStored("refused");
  }

  private PortalApi.Response importAs(PortalApi caller) throws Exception {
    return caller.post(
        "/api/v1/orgs/" + org + "/repository-imports",
        body(
            "refused",
            refused.keyFile("root"),
            CliRepository.ROOT_PASSPHRASE,
            refused.keyFile("targets"),
            CliRepository.TARGETS_PASSPHRASE));
  }

  /** An import into {@code refused}, whose published trust data never gets imported. */
  private PortalApi.Response importRefused(
      String rootKey, String rootPassphrase, String targetsKey, String targetsPassphrase) {
    return importRepository("refused", rootKey, rootPassphrase, targetsKey, targetsPassphrase);
  }

  private PortalApi.Response importRepository(
      String name,
      String rootKey,
      String rootPassphrase,
      String targetsKey,
      String targetsPassphrase) {
    return admin.post(
        "/api/v1/orgs/" + org + "/repository-imports",
        body(name, rootKey, rootPassphrase, targetsKey, targetsPassphrase));
  }

  private static String body(
      String name,
      String rootKey,
      String rootPassphrase,
      String targetsKey,
      String targetsPassphrase) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("name", name)
            .put("rootKey", rootKey)
            .put("rootPassphrase", rootPassphrase)
            .put("targetsKey", targetsKey)
            .put("targetsPassphrase", targetsPassphrase);
    return body.toString();
  }

  private void assertRefused(PortalApi.Response response, int status, String error, String message)
      throws Exception {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("error").asText()).isEqualTo(error);
    assertThat(response.json().get("message").asText()).contains(message);
    assertNothingStored("refused");
  }

  /** No repository of that name, no held key for its GUN, no import event. */
  private void assertNothingStored(String name) throws Exception {
    assertThat(repositoryNames()).doesNotContain(name);
    assertThat(heldKeys(name)).isEqualTo("0");
    assertThat(importEvents()).extracting(e -> e.get("target").asText()).doesNotContain(name);
  }

  private List<JsonNode> importEvents() {
    List<JsonNode> events = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/audit?size=200")
        .json()
        .get("items")
        .forEach(
            e -> {
              if (e.get("action").asText().equals("repository.imported")) {
                events.add(e);
              }
            });
    return events;
  }

  private String heldKeys(String name) throws Exception {
    return stack.portalSql("SELECT count(*) FROM held_key WHERE gun = '" + gun(name) + "'");
  }

  private List<String> repositoryNames() {
    List<String> names = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/repositories?size=100")
        .json()
        .get("items")
        .forEach(r -> names.add(r.get("name").asText()));
    return names;
  }

  private String gun(String name) {
    return RepositoriesIT.REGISTRY_HOST + "/" + org + "/" + name;
  }

  private String createUser(String prefix) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    PortalApi.Response created =
        admin.post(
            "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  private PortalApi.Response addMember(String organisation, String username, String role) {
    return admin.post(
        "/api/v1/orgs/" + organisation + "/members",
        "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
  }

  private static JsonNode tag(JsonNode trust, String name) {
    for (JsonNode tag : trust.get("tags")) {
      if (tag.get("name").asText().equals(name)) {
        return tag;
      }
    }
    throw new AssertionError("no tag " + name + " in " + trust);
  }

  private static List<String> keyIds(JsonNode trust, String role) {
    for (JsonNode r : trust.get("roles")) {
      if (r.get("name").asText().equals(role)) {
        List<String> ids = new ArrayList<>();
        r.get("keyIds").forEach(id -> ids.add(id.asText()));
        return ids;
      }
    }
    throw new AssertionError("no role " + role + " in " + trust);
  }

  private static String sha256(String content) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
  }
}
