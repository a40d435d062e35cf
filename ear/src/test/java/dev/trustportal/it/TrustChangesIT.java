package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signer and threshold changes through the REST API on the deployed EAR: each is filed (202),
 * published by the worker to the real notary-server, and then checked with the notary CLI in a
 * fresh trust directory, as a docker or notary client would see it.
 */
class TrustChangesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEY_ID = Pattern.compile("\\b[0-9a-f]{64}\\b");
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void signersKeysAndThresholdsArePublishedAsTheNotaryCliShowsThem(@TempDir Path work)
      throws Exception {
    Repo repo = createRepository("signers", "team/app");
    KeyPair alice = SignerKeyMaterial.p256();
    KeyPair aliceSpare = SignerKeyMaterial.p256();
    KeyPair bob = SignerKeyMaterial.p256();

    PortalApi.Response filed = admin.post(repo.path("/signers"), addSigner("alice", alice));
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    JsonNode change = filed.json();
    assertThat(filed.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/changes/" + change.get("id").asLong()));
    assertThat(change.get("type").asText()).isEqualTo("ADD_SIGNER");
    assertThat(change.get("organisation").asText()).isEqualTo(repo.org);
    assertThat(change.get("repository").asText()).isEqualTo("team/app");
    assertThat(change.get("gun").asText()).isEqualTo(repo.gun);
    assertThat(change.get("requestedBy").asText()).isEqualTo("admin");
    assertThat(change.get("digest").asText()).matches("[0-9a-f]{64}");
    assertThat(change.get("payload").asText()).contains("\"signer\":\"alice\"").contains(repo.gun);
    assertThat(change.get("summary").asText()).startsWith("Add signer alice");
    assertThat(change.get("approvals").get("need").asInt()).isZero();
    assertThat(change.get("state").asText()).isIn("APPROVED", "PUBLISHING", "PUBLISHED");
    JsonNode published = awaitPublished(change);
    assertThat(published.get("publishedVersions").get("targets").asInt()).isPositive();

    Map<String, Role> roles = delegations(work, repo.gun);
    assertThat(roles.keySet()).containsExactlyInAnyOrder("targets/releases", "targets/alice");
    assertThat(roles.get("targets/releases"))
        .isEqualTo(new Role(List.of(SignerKeyMaterial.keyId(alice)), 1));
    assertThat(roles.get("targets/alice"))
        .isEqualTo(new Role(List.of(SignerKeyMaterial.keyId(alice)), 1));

    // bob with a certificate: the CLI lists the certificate by its canonical ID, the plain key's
    // ID.
    String certificate =
        SignerKeyMaterial.certificatePem(bob, Duration.ofDays(-1), Duration.ofDays(365));
    awaitPublished(
        accepted(
            admin.post(repo.path("/signers"), body("name", "bob", "certificate", certificate))));
    awaitPublished(
        accepted(
            admin.post(
                repo.path("/signers/alice/keys"),
                body("publicKey", SignerKeyMaterial.publicPem(aliceSpare)))));
    roles = delegations(work, repo.gun);
    assertThat(roles.get("targets/releases").keyIds())
        .containsExactlyInAnyOrder(
            SignerKeyMaterial.keyId(alice),
            SignerKeyMaterial.keyId(aliceSpare),
            SignerKeyMaterial.keyId(bob));
    assertThat(roles.get("targets/alice").keyIds())
        .containsExactlyInAnyOrder(
            SignerKeyMaterial.keyId(alice), SignerKeyMaterial.keyId(aliceSpare));
    assertThat(roles.get("targets/bob").keyIds()).containsExactly(SignerKeyMaterial.keyId(bob));

    // Thresholds: the role with its slash as it is, encoded, or by its short name.
    awaitPublished(
        accepted(admin.put(repo.path("/roles/targets/releases/threshold"), "{\"threshold\":2}")));
    awaitPublished(accepted(admin.put(repo.path("/roles/alice/threshold"), "{\"threshold\":2}")));
    roles = delegations(work, repo.gun);
    assertThat(roles.get("targets/releases").threshold()).isEqualTo(2);
    assertThat(roles.get("targets/alice").threshold()).isEqualTo(2);
    awaitPublished(
        accepted(admin.put(repo.path("/roles/targets%2Falice/threshold"), "{\"threshold\":1}")));

    // Removing a key leaves both roles; removing a signer leaves releases with the others' keys.
    String spareId = SignerKeyMaterial.keyId(aliceSpare);
    awaitPublished(accepted(admin.delete(repo.path("/signers/alice/keys/" + spareId))));
    awaitPublished(
        accepted(admin.put(repo.path("/roles/releases/threshold"), "{\"threshold\":1}")));
    awaitPublished(accepted(admin.delete(repo.path("/signers/bob"))));
    roles = delegations(work, repo.gun);
    assertThat(roles.keySet()).containsExactlyInAnyOrder("targets/releases", "targets/alice");
    assertThat(roles.get("targets/alice"))
        .isEqualTo(new Role(List.of(SignerKeyMaterial.keyId(alice)), 1));
    assertThat(roles.get("targets/releases").keyIds())
        .containsExactly(SignerKeyMaterial.keyId(alice));

    // The last signer takes targets/releases with it.
    awaitPublished(accepted(admin.delete(repo.path("/signers/alice"))));
    assertThat(delegations(work, repo.gun)).isEmpty();

    JsonNode list =
        admin.get("/api/v1/orgs/" + repo.org + "/changes?state=PUBLISHED&size=5").json();
    assertThat(list.get("total").asLong()).isEqualTo(10);
    assertThat(list.get("items")).hasSize(5);
    assertThat(list.get("items").get(0).get("type").asText()).isEqualTo("REMOVE_SIGNER");
    assertThat(
            admin
                .get("/api/v1/orgs/" + repo.org + "/changes?state=FAILED")
                .json()
                .get("total")
                .asLong())
        .isZero();
    List<String> actions = auditActions(repo.org, "Change " + change.get("id").asLong() + " ");
    assertThat(actions).containsExactly("change.published", "change.approved", "change.filed");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingIsFiled() throws Exception {
    Repo repo = createRepository("bad-input", "app");
    KeyPair alice = SignerKeyMaterial.p256();
    awaitPublished(accepted(admin.post(repo.path("/signers"), addSigner("alice", alice))));
    String aliceKey = SignerKeyMaterial.keyId(alice);
    KeyPair other = SignerKeyMaterial.p256();

    refused(
        repo,
        admin.post(
            repo.path("/signers"), addSigner("weak", SignerKeyMaterial.generate("RSA", 1024))),
        400,
        "invalid_signer_key",
        "1024 bits");
    refused(
        repo,
        admin.post(repo.path("/signers"), addSigner("p384", SignerKeyMaterial.ec("secp384r1"))),
        400,
        "invalid_signer_key",
        "only P-256");
    refused(
        repo,
        admin.post(
            repo.path("/signers"), addSigner("edward", SignerKeyMaterial.generate("Ed25519", 0))),
        400,
        "invalid_signer_key",
        "Ed25519");
    refused(
        repo,
        admin.post(
            repo.path("/signers"),
            body(
                "name",
                "old",
                "certificate",
                SignerKeyMaterial.certificatePem(
                    other, Duration.ofDays(-30), Duration.ofDays(-1)))),
        400,
        "invalid_signer_key",
        "expired on");
    refused(
        repo,
        admin.post(
            repo.path("/signers"),
            body(
                "name",
                "early",
                "certificate",
                SignerKeyMaterial.certificatePem(other, Duration.ofDays(2), Duration.ofDays(30)))),
        400,
        "invalid_signer_key",
        "not valid yet");
    refused(
        repo,
        admin.post(
            repo.path("/signers"),
            body("name", "oops", "publicKey", SignerKeyMaterial.privatePem(other))),
        400,
        "invalid_signer_key",
        "This is a private key; paste the public key or certificate, never the private key");
    refused(
        repo,
        admin.post(
            repo.path("/signers"),
            body(
                "name",
                "two",
                "publicKey",
                SignerKeyMaterial.publicPem(other)
                    + SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))),
        400,
        "invalid_signer_key",
        "Found 2 PEM blocks");
    refused(
        repo,
        admin.post(
            repo.path("/signers"),
            body(
                "name",
                "broken",
                "publicKey",
                "-----BEGIN PUBLIC KEY-----\nMFkw!!!\n-----END PUBLIC KEY-----\n")),
        400,
        "invalid_signer_key",
        "cannot be read");
    refused(
        repo,
        admin.post(repo.path("/signers"), body("name", "empty", "publicKey", "")),
        400,
        "invalid_signer_key",
        "empty");
    refused(
        repo,
        admin.post(repo.path("/signers"), body("name", "none")),
        400,
        "invalid_signer_key",
        "No signer key");
    refused(
        repo,
        admin.post(repo.path("/signers"), addSigner("Bad.Name", other)),
        400,
        "invalid_signer_name",
        "lowercase letters");
    refused(
        repo,
        admin.post(repo.path("/signers"), addSigner("releases", other)),
        400,
        "invalid_signer_name",
        "reserved");
    refused(
        repo,
        admin.post(repo.path("/signers"), addSigner("alice", other)),
        409,
        "duplicate_signer",
        "'alice'");
    refused(
        repo,
        admin.post(
            repo.path("/signers/alice/keys"),
            body("publicKey", SignerKeyMaterial.publicPem(alice))),
        409,
        "duplicate_signer_key",
        aliceKey);
    refused(
        repo,
        admin.delete(repo.path("/signers/carol")),
        404,
        "not_found",
        "no signer named 'carol'");
    refused(
        repo,
        admin.delete(repo.path("/signers/alice/keys/" + SignerKeyMaterial.keyId(other))),
        404,
        "not_found",
        "has no key");
    refused(
        repo,
        admin.delete(repo.path("/signers/alice/keys/xyz")),
        400,
        "invalid_key_id",
        "64 lowercase");
    refused(
        repo,
        admin.delete(repo.path("/signers/alice/keys/" + aliceKey)),
        409,
        "threshold_would_break",
        "only key of signer 'alice'");
    refused(
        repo,
        admin.put(repo.path("/roles/releases/threshold"), "{\"threshold\":0}"),
        400,
        "invalid_threshold",
        "use a number from 1 to 1");
    refused(
        repo,
        admin.put(repo.path("/roles/targets/releases/threshold"), "{\"threshold\":2}"),
        400,
        "invalid_threshold",
        "which has 1 key");
    refused(
        repo,
        admin.put(repo.path("/roles/releases/threshold"), "{}"),
        400,
        "invalid_threshold",
        "No threshold");
    refused(
        repo,
        admin.put(repo.path("/roles/carol/threshold"), "{\"threshold\":1}"),
        404,
        "not_found",
        "no role targets/carol");
    refused(
        repo,
        admin.put(repo.path("/roles/root/threshold"), "{\"threshold\":1}"),
        400,
        "invalid_role_name",
        "'releases'");
    refused(repo, admin.post(repo.path("/signers"), "{\"name\": "), 400, "malformed_json", "JSON");
    refused(
        repo,
        admin.get("/api/v1/orgs/" + repo.org + "/changes?state=DONE"),
        400,
        "invalid_state",
        "PUBLISHED");
    refused(
        repo,
        admin.post(
            "/api/v1/orgs/" + repo.org + "/repositories/nothing/signers", addSigner("x", other)),
        404,
        "not_found",
        "no repository named 'nothing'");
  }

  @Test
  void onlyOwnersAndAdminsOfTheOrganisationFileAndOnlyItsMembersSeeTheChanges() throws Exception {
    Repo repo = createRepository("tenant", "app");
    Repo elsewhere = createRepository("other-tenant", "web");
    PortalApi administrator = member(repo.org, "ADMIN");
    PortalApi viewer = member(repo.org, "VIEWER");
    PortalApi signer = member(repo.org, "SIGNER");
    PortalApi outsider = member(elsewhere.org, "OWNER");

    JsonNode change =
        awaitPublished(
            accepted(
                administrator.post(
                    repo.path("/signers"), addSigner("alice", SignerKeyMaterial.p256()))));
    String changePath = "/api/v1/changes/" + change.get("id").asLong();

    refused(
        repo,
        viewer.post(repo.path("/signers"), addSigner("vera", SignerKeyMaterial.p256())),
        403,
        "forbidden",
        "VIEWER");
    refused(
        repo,
        signer.put(repo.path("/roles/releases/threshold"), "{\"threshold\":1}"),
        403,
        "forbidden",
        "SIGNER");
    refused(repo, signer.delete(repo.path("/signers/alice")), 403, "forbidden", "SIGNER");
    refused(
        repo,
        outsider.post(repo.path("/signers"), addSigner("mallory", SignerKeyMaterial.p256())),
        404,
        "not_found",
        repo.org);
    // Another organisation's repository in one's own organisation's path: not found, not forbidden.
    refused(
        repo,
        outsider.post(
            "/api/v1/orgs/" + elsewhere.org + "/repositories/app/signers",
            addSigner("mallory", SignerKeyMaterial.p256())),
        404,
        "not_found",
        "no repository named 'app'");

    assertThat(viewer.get(changePath).status()).isEqualTo(200);
    assertThat(viewer.get("/api/v1/orgs/" + repo.org + "/changes").json().get("total").asLong())
        .isEqualTo(1);
    PortalApi.Response hidden = outsider.get(changePath);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).doesNotContain(repo.org);
    assertThat(outsider.get("/api/v1/orgs/" + repo.org + "/changes").status()).isEqualTo(404);
    assertThat(
            outsider.get("/api/v1/orgs/" + elsewhere.org + "/changes").json().get("total").asLong())
        .isZero();
  }

  @Test
  void aChangeFiledWhileNotaryServerIsDownIsPublishedOnceWhenItIsBack(@TempDir Path work)
      throws Exception {
    Repo repo = createRepository("outage", "app");
    KeyPair alice = SignerKeyMaterial.p256();
    int targetsBefore = targetsVersion(work.resolve("before"), repo.gun);

    JsonNode change;
    JsonNode clash;
    stack.stopNotaryServer();
    try {
      change = accepted(admin.post(repo.path("/signers"), addSigner("alice", alice)));
      // The same request again is refused while the first is on its way (TrustPageBrowserIT shows
      // it in the UI); one that cannot apply after the first is unchecked while notary is away.
      PortalApi.Response again = admin.post(repo.path("/signers"), addSigner("alice", alice));
      assertThat(again.status()).as(again.body()).isEqualTo(409);
      assertThat(again.json().get("error").asText()).isEqualTo("duplicate_change");
      clash =
          accepted(admin.post(repo.path("/signers"), addSigner("alice", SignerKeyMaterial.p256())));
      JsonNode waiting = await(change, c -> c.get("attempts").asInt() >= 3, Duration.ofSeconds(30));
      assertThat(waiting.get("state").asText()).isIn("APPROVED", "PUBLISHING");
      assertThat(waiting.get("lastError").asText()).contains("not available");
      assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
      assertThat(
              admin
                  .get("/api/v1/orgs/" + repo.org + "/changes?state=PUBLISHED")
                  .json()
                  .get("total")
                  .asLong())
          .isZero();
    } finally {
      stack.startNotaryServer();
    }

    JsonNode published = awaitPublished(change);
    assertThat(published.get("publishedVersions").get("targets").asInt())
        .isEqualTo(targetsBefore + 1);
    JsonNode failed =
        await(clash, c -> c.get("state").asText().equals("FAILED"), Duration.ofSeconds(30));
    assertThat(failed.get("failure").asText()).contains("signer named 'alice' already");
    assertThat(targetsVersion(work.resolve("after"), repo.gun))
        .as("one upload for two changes")
        .isEqualTo(targetsBefore + 1);
    Map<String, Role> roles = delegations(work, repo.gun);
    assertThat(roles.get("targets/releases"))
        .isEqualTo(new Role(List.of(SignerKeyMaterial.keyId(alice)), 1));
    assertThat(roles.get("targets/alice"))
        .isEqualTo(new Role(List.of(SignerKeyMaterial.keyId(alice)), 1));
    List<String> actions = auditActions(repo.org, "Change " + change.get("id").asLong() + " ");
    assertThat(actions).containsExactly("change.published", "change.approved", "change.filed");
    assertThat(auditActions(repo.org, "Change " + clash.get("id").asLong() + " "))
        .containsExactly("change.failed", "change.approved", "change.filed");
  }

  // --- helpers -----------------------------------------------------------------------------------

  private record Repo(String org, String name, String gun) {
    String path(String suffix) {
      return "/api/v1/orgs/" + org + "/repositories/" + name + suffix;
    }
  }

  /** A role as {@code notary delegation list} prints it. */
  private record Role(List<String> keyIds, int threshold) {}

  private Repo createRepository(String orgPrefix, String name) {
    String org = OrganisationsApiIT.uniqueName(orgPrefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new Repo(org, name, created.json().get("gun").asText());
  }

  private PortalApi member(String org, String role) {
    String username = OrganisationsApiIT.uniqueName(role.toLowerCase());
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
    return PortalApi.as(stack, username, PASSWORD);
  }

  private static String addSigner(String name, KeyPair keys) {
    return body("name", name, "publicKey", SignerKeyMaterial.publicPem(keys));
  }

  private static String body(String... fields) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < fields.length; i += 2) {
      node.put(fields[i], fields[i + 1]);
    }
    return node.toString();
  }

  private static JsonNode accepted(PortalApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    return response.json();
  }

  /**
   * A refused request: its status, code and message, and no change filed: the organisation still
   * has only the one change each test files before its refusals.
   */
  private void refused(
      Repo repo, PortalApi.Response response, int status, String code, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("error").asText()).isEqualTo(code);
    assertThat(response.json().get("message").asText()).contains(message);
    assertThat(changeCount(repo.org)).as("changes filed").isEqualTo(1);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private long changeCount(String org) {
    return admin.get("/api/v1/orgs/" + org + "/changes?size=1").json().get("total").asLong();
  }

  private JsonNode awaitPublished(JsonNode change) throws InterruptedException {
    JsonNode done =
        await(
            change,
            c -> !c.get("state").asText().matches("FILED|APPROVED|PUBLISHING"),
            Duration.ofSeconds(60));
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("PUBLISHED");
    return done;
  }

  private JsonNode await(JsonNode change, Predicate<JsonNode> until, Duration timeout)
      throws InterruptedException {
    String path = "/api/v1/changes/" + change.get("id").asLong();
    Instant deadline = Instant.now().plus(timeout);
    JsonNode current = admin.get(path).json();
    while (!until.test(current)) {
      assertThat(Instant.now()).as("waiting for change: " + current).isBefore(deadline);
      Thread.sleep(100);
      current = admin.get(path).json();
    }
    return current;
  }

  /** The roles {@code notary delegation list} prints, read with a fresh trust directory. */
  private Map<String, Role> delegations(Path work, String gun) throws Exception {
    Path trustDir = work.resolve("trust-" + System.nanoTime());
    String output = NotaryCli.member(stack, trustDir, gun, "VIEWER").run("delegation", "list", gun);
    Map<String, Role> roles = new LinkedHashMap<>();
    String role = null;
    List<String> keys = new ArrayList<>();
    int threshold = 0;
    for (String line : output.split("\n")) {
      Matcher key = KEY_ID.matcher(line);
      if (line.startsWith("targets/")) {
        if (role != null) {
          roles.put(role, new Role(List.copyOf(keys), threshold));
        }
        role = line.split("\\s+")[0];
        keys.clear();
        String[] columns = line.trim().split("\\s+");
        threshold = Integer.parseInt(columns[columns.length - 1]);
      }
      if (role != null && key.find()) {
        keys.add(key.group());
      }
    }
    if (role != null) {
      roles.put(role, new Role(List.copyOf(keys), threshold));
    }
    return roles;
  }

  private int targetsVersion(Path trustDir, String gun) throws Exception {
    NotaryCli.member(stack, trustDir, gun, "VIEWER").run("list", gun);
    return JSON.readTree(trustDir.resolve("tuf/" + gun + "/metadata/targets.json").toFile())
        .get("signed")
        .get("version")
        .asInt();
  }

  /**
   * The actions of the organisation's audit events whose detail starts with the prefix, newest
   * first.
   */
  private List<String> auditActions(String org, String detailPrefix) {
    return auditEvents(org, detailPrefix, "action");
  }

  private List<String> auditEvents(String org, String detailPrefix, String field) {
    List<String> values = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/audit?size=500")
        .json()
        .get("items")
        .forEach(
            event -> {
              if (event.get("detail").asText().startsWith(detailPrefix)) {
                values.add(event.get(field).asText());
              }
            });
    return values;
  }
}
