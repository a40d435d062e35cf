package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support desk through the REST API with the real notary CLI as signer and consumer: a trust
 * reset makes a client with the old trust cached fail with notary's documented error until it drops
 * that cache (notary-v1-facts §12), and brings the signers back; a targets-key and a root-key
 * rotation leave cached clients verifying; a reset interrupted by a notary-server outage between
 * its steps resumes and finishes once; approvals are by the agent and the owners with security keys
 * ({@link TestSecurityKey}), and another organisation's member finds nothing.
 */
class SupportDeskIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;
  private static final String STALE_ROOT = "could not rotate trust to a new trusted root";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aTrustResetMakesCachedClientsFailUntilTheyDropTheirTrustAndBringsTheSignersBack(
      @TempDir Path work) throws Exception {
    Tenant tenant = tenant("reset");
    KeyPair alice = tenant.signer("alice");
    tenant.signTag(alice, "v1", work);
    NotaryCli consumer = NotaryCli.member(stack, work.resolve("consumer"), tenant.gun, "VIEWER");
    assertThat(consumer.run("list", tenant.gun)).contains("v1");

    JsonNode opened = tenant.open("TRUST_RESET");
    assertThat(opened.get("state").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(opened.get("step").asText()).isEqualTo("DELETE_REMOTE");
    assertThat(text(opened.get("plan")))
        .contains("Delete the remote trust data of " + tenant.gun)
        .contains("Re-add signer alice (targets/alice)")
        .contains("Tags to be signed again: v1.")
        .contains("rm -rf ~/.docker/trust/tuf/" + tenant.gun);
    long id = opened.get("id").asLong();
    tenant.approveAll(id);
    JsonNode done = tenant.execute(id);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");

    Result stale = attempt(consumer, "list", tenant.gun);
    assertThat(stale.exit()).as(stale.output()).isNotZero();
    assertThat(stale.output()).contains(STALE_ROOT);

    PortalApi.Response notice = tenant.owner.get(tenant.repoPath() + "/reset-notice");
    assertThat(notice.status()).as(notice.body()).isEqualTo(200);
    assertThat(notice.json().get("tagsToSignAgain").toString()).contains("v1");
    assertThat(notice.json().get("consumerSteps").toString())
        .contains("rm -rf ~/.docker/trust/tuf/" + tenant.gun);
    String newRoot = notice.json().get("newRootKeyId").asText();
    assertThat(newRoot).hasSize(64);

    deleteTree(work.resolve("consumer").resolve("tuf").resolve(tenant.gun));
    assertThat(consumer.run("list", tenant.gun)).contains("No targets present");
    String delegations = consumer.run("delegation", "list", tenant.gun);
    assertThat(delegations)
        .contains("targets/releases")
        .contains("targets/alice")
        .contains(SignerKeyMaterial.keyId(alice));
    assertThat(tenant.admin.get(tenant.repoPath() + "/trust").body()).contains(newRoot);

    JsonNode again = tenant.execute(id);
    assertThat(again.get("state").asText()).isEqualTo("DONE");
    assertThat(tenant.stepEvents())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "support.step.delete_remote",
                1L,
                "support.step.initialise",
                1L,
                "support.step.readd_signers",
                1L,
                "support.step.notice",
                1L));
  }

  @Test
  void targetsAndRootKeyRotationsLeaveCachedClientsVerifying(@TempDir Path work) throws Exception {
    Tenant tenant = tenant("rotate");
    KeyPair alice = tenant.signer("alice");
    tenant.signTag(alice, "v1", work);
    NotaryCli consumer = NotaryCli.member(stack, work.resolve("consumer"), tenant.gun, "VIEWER");
    assertThat(consumer.run("list", tenant.gun)).contains("v1");

    for (String kind : List.of("TARGETS_KEY_ROTATION", "ROOT_ROTATION")) {
      long id = tenant.open(kind).get("id").asLong();
      tenant.approveAll(id);
      JsonNode done = tenant.execute(id);
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");

      Result cached = attempt(consumer, "list", tenant.gun);
      assertThat(cached.exit()).as(kind + ": " + cached.output()).isZero();
      assertThat(cached.output()).as(kind).contains("v1").doesNotContain("fatal");
    }
    assertThat(tenant.stepEvents())
        .containsEntry("support.step.rotate_targets", 1L)
        .containsEntry("support.step.rotate_root", 1L);
    assertThat(tenant.owner.get(tenant.repoPath() + "/reset-notice").status()).isEqualTo(404);
  }

  @Test
  void aResetInterruptedBetweenDeleteAndInitialiseResumesAndFinishesOnce(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("resume");
    KeyPair alice = tenant.signer("alice");
    long id = tenant.open("TRUST_RESET").get("id").asLong();
    tenant.approveAll(id);

    JsonNode deleted = tenant.execute(id, "?steps=1");
    assertThat(deleted.get("step").asText()).as(deleted.toString()).isEqualTo("INITIALISE");
    assertThat(deleted.get("state").asText()).isEqualTo("EXECUTING");
    JsonNode interrupted;
    stack.stopNotaryServer();
    try {
      interrupted = tenant.execute(id);
    } finally {
      stack.startNotaryServer();
    }
    assertThat(interrupted.get("step").asText()).as(interrupted.toString()).isEqualTo("INITIALISE");
    assertThat(interrupted.get("state").asText()).isEqualTo("EXECUTING");
    assertThat(interrupted.get("lastError").asText()).contains("notary server is not available");

    JsonNode resumed = tenant.execute(id);
    assertThat(resumed.get("state").asText()).as(resumed.toString()).isEqualTo("DONE");
    assertThat(resumed.hasNonNull("lastError")).as(resumed.toString()).isFalse();
    assertThat(tenant.execute(id).get("updatedAt")).isEqualTo(resumed.get("updatedAt"));

    Map<String, Long> steps = tenant.stepEvents();
    assertThat(steps)
        .containsEntry("support.step.delete_remote", 1L)
        .containsEntry("support.step.initialise", 1L)
        .containsEntry("support.step.readd_signers", 1L)
        .containsEntry("support.step.notice", 1L)
        .containsEntry("support.step_failed", 1L);
    String newRoot =
        tenant.owner.get(tenant.repoPath() + "/reset-notice").json().get("newRootKeyId").asText();
    String trust = tenant.admin.get(tenant.repoPath() + "/trust").body();
    assertThat(trust).contains(newRoot);
    String delegations =
        NotaryCli.member(stack, work.resolve("fresh"), tenant.gun, "VIEWER")
            .run("delegation", "list", tenant.gun);
    assertThat(delegations).contains("targets/alice").contains(SignerKeyMaterial.keyId(alice));
  }

  @Test
  void aResetStopsBeforeDeletingWhenTheSignersChangedSinceItWasApproved(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("drift");
    tenant.signer("alice");
    long id = tenant.open("TRUST_RESET").get("id").asLong();
    tenant.approveAll(id);
    KeyPair bob = tenant.signer("bob");

    JsonNode stopped = tenant.execute(id);

    assertThat(stopped.get("step").asText()).as(stopped.toString()).isEqualTo("DELETE_REMOTE");
    assertThat(stopped.get("lastError").asText())
        .contains("changed after support case " + id + " was opened");
    String delegations =
        NotaryCli.member(stack, work.resolve("fresh"), tenant.gun, "VIEWER")
            .run("delegation", "list", tenant.gun);
    assertThat(delegations).contains("targets/bob").contains(SignerKeyMaterial.keyId(bob));
    assertThat(tenant.stepEvents()).containsOnlyKeys("support.step_failed");
  }

  @Test
  void anAgentCannotCarryOutACaseWithoutTheOwnersAndAnotherOrganisationSeesNothing()
      throws Exception {
    Tenant tenant = tenant("guarded");
    long id = tenant.open("SNAPSHOT_KEY_ROTATION").get("id").asLong();
    tenant.approve(tenant.agent, tenant.agentKey, id);

    PortalApi.Response early = tenant.agent.post("/api/v1/support/cases/" + id + "/execution", "");
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.json().get("error").asText()).isEqualTo("case_not_approved");
    assertThat(early.json().get("message").asText()).contains("has 1 of the 2 approvals");
    PortalApi.Response byOwner =
        tenant.owner.post("/api/v1/support/cases/" + id + "/execution", "");
    assertThat(byOwner.status()).as(byOwner.body()).isIn(403, 409);

    String otherOrg = TwoTenants.createOrg(admin, "other");
    String strangerName = TwoTenants.createUser(admin, "stranger");
    TwoTenants.addMember(admin, otherOrg, strangerName, "OWNER");
    PortalApi stranger = PortalApi.as(stack, strangerName, PASSWORD);
    String path = "/api/v1/support/cases/" + id;
    assertThat(stranger.get(path).status()).isEqualTo(404);
    assertThat(stranger.get(path + "/approval-challenge").status()).isEqualTo(404);
    assertThat(stranger.post(path + "/approvals", "{}").status()).isEqualTo(404);
    assertThat(stranger.post(path + "/execution", "").status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/support/cases").json().get("total").asLong()).isZero();
    assertThat(
            stranger.get("/api/v1/orgs/" + tenant.org + "/repositories/app/reset-notice").status())
        .isEqualTo(404);
    assertThat(tenant.owner.get(path).json().get("approvals").get("have").asInt()).isEqualTo(1);

    PortalApi.Response notStaff =
        stranger.post("/api/v1/support/cases", openBody(tenant.gun, "TRUST_RESET"));
    assertThat(notStaff.status()).as(notStaff.body()).isEqualTo(403);
    PortalApi.Response badKind =
        tenant.agent.post("/api/v1/support/cases", openBody(tenant.gun, "REBOOT"));
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().get("message").asText())
        .contains(
            "ROOT_ROTATION, TRUST_RESET, TARGETS_KEY_ROTATION,"
                + " SIGNER_KEY_LOSS, SNAPSHOT_KEY_ROTATION");
    assertThat(
            admin
                .get("/api/v1/support/cases?state=AWAITING_APPROVAL")
                .json()
                .get("items")
                .toString())
        .contains("\"id\":" + id);
  }

  @Test
  void anApprovedCaseIsCancelledWithAReasonAndIsThenNeitherApprovedNorCarriedOut()
      throws Exception {
    Tenant tenant = tenant("cancel");
    String rootBefore =
        tenant.owner.get(tenant.repoPath() + "/trust").json().get("roles").toString();
    long id = tenant.open("ROOT_ROTATION").get("id").asLong();
    tenant.approveAll(id);
    String path = "/api/v1/support/cases/" + id;

    String viewerName = TwoTenants.createUser(admin, "viewer");
    TwoTenants.addMember(admin, tenant.org, viewerName, "VIEWER");
    PortalApi.Response byViewer =
        PortalApi.as(stack, viewerName, PASSWORD)
            .post(path + "/cancellation", "{\"reason\":\"I would rather it did not happen.\"}");
    assertThat(byViewer.status()).as(byViewer.body()).isEqualTo(403);
    PortalApi.Response tooShort = tenant.owner.post(path + "/cancellation", "{\"reason\":\"no\"}");
    assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(400);
    assertThat(tooShort.json().get("error").asText()).isEqualTo("invalid_reason");
    assertThat(tenant.owner.get(path).json().get("state").asText()).isEqualTo("APPROVED");

    PortalApi.Response cancelled =
        tenant.owner.post(
            path + "/cancellation",
            "{\"reason\":\"The lost key turned up in the safe; no rotation needed.\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("state").asText()).isEqualTo("CANCELLED");
    String ownerName = tenant.owner.get("/api/v1/me").json().get("username").asText();
    assertThat(cancelled.json().get("cancellation").get("by").asText()).isEqualTo(ownerName);
    assertThat(cancelled.json().get("cancellation").get("reason").asText())
        .contains("turned up in the safe");

    PortalApi.Response executed = tenant.agent.post(path + "/execution", "");
    assertThat(executed.status()).as(executed.body()).isEqualTo(409);
    assertThat(executed.json().get("error").asText()).isEqualTo("case_cancelled");
    assertThat(tenant.agent.get(path + "/approval-challenge").status()).isEqualTo(409);
    PortalApi.Response again =
        tenant.agent.post(path + "/cancellation", "{\"reason\":\"Cancelling it twice over.\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("case_not_cancellable");
    assertThat(tenant.owner.get(tenant.repoPath() + "/trust").json().get("roles").toString())
        .isEqualTo(rootBefore);
    assertThat(tenant.stepEvents()).isEmpty();
    assertThat(
            admin
                .get("/api/v1/orgs/" + tenant.org + "/audit?size=200")
                .json()
                .get("items")
                .toString())
        .contains("support.case_cancelled")
        .contains("turned up in the safe");
  }

  @Test
  void aLostSignerKeyLeavesBothRolesAndTheTagsItAloneSignedAreListed(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("lost");
    KeyPair alice = tenant.signer("alice");
    KeyPair bob = tenant.signer("bob");
    tenant.signTag(alice, "v1", work);

    PortalApi.Response opened =
        tenant.agent.post(
            "/api/v1/support/cases",
            signerKeyLoss(tenant.gun, "alice", SignerKeyMaterial.keyId(alice)));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(text(opened.json().get("plan")))
        .contains("of signer alice from targets/releases and targets/alice")
        .contains("Remove targets/alice: it has no other key.")
        .contains(
            "Tags whose only valid signature came from the lost key (to be signed again): v1.");
    long id = opened.json().get("id").asLong();
    tenant.approveAll(id);
    assertThat(tenant.execute(id).get("state").asText()).isEqualTo("DONE");

    String delegations =
        NotaryCli.member(stack, work.resolve("fresh"), tenant.gun, "VIEWER")
            .run("delegation", "list", tenant.gun);
    assertThat(delegations)
        .doesNotContain(SignerKeyMaterial.keyId(alice))
        .doesNotContain("targets/alice")
        .contains("targets/releases")
        .contains("targets/bob")
        .contains(SignerKeyMaterial.keyId(bob));
    PortalApi.Response unknown =
        tenant.agent.post(
            "/api/v1/support/cases",
            signerKeyLoss(tenant.gun, "alice", SignerKeyMaterial.keyId(alice)));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.json().get("error").asText()).isEqualTo("unknown_signer_key");
  }

  @Test
  void anOrganisationWithoutOwnersIsRecoveredByTwoPlatformAdmins() throws Exception {
    String gone = TwoTenants.createUser(admin, "gone");
    String org = TwoTenants.createOrg(admin, "ownerless", gone);
    PortalApi.Response repo =
        PortalApi.as(stack, gone, PASSWORD)
            .post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    // The last owner's membership ends outside the portal's rules, as when an identity provider
    // withdraws it.
    stack.portalSql(
        "delete from membership where organisation_id = (select id from organisation where name = '"
            + org
            + "')");
    PortalApi first = platformAdmin();
    PortalApi second = platformAdmin();
    TestSecurityKey firstKey = TestSecurityKey.enrolled(stack, first, "key");
    TestSecurityKey secondKey = TestSecurityKey.enrolled(stack, second, "key");
    PortalApi.Response opened =
        first.post(
            "/api/v1/support/cases",
            openBody(repo.json().get("gun").asText(), "TARGETS_KEY_ROTATION"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("breakGlass").asBoolean()).isTrue();
    assertThat(opened.json().get("approvals").get("need").asInt()).isEqualTo(2);
    long id = opened.json().get("id").asLong();

    String agentName = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agentName, "support");
    PortalApi agent = PortalApi.as(stack, agentName, PASSWORD);
    PortalApi.Response refused = agent.get("/api/v1/support/cases/" + id + "/approval-challenge");
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("two platform admins (break-glass");

    approveAs(first, firstKey, id);
    assertThat(approveAs(second, secondKey, id).get("state").asText()).isEqualTo("APPROVED");
    PortalApi.Response executed = first.post("/api/v1/support/cases/" + id + "/execution", "");
    assertThat(executed.status()).as(executed.body()).isEqualTo(200);
    assertThat(executed.json().get("state").asText()).as(executed.body()).isEqualTo("DONE");
    // Nobody may read the chain of an organisation without members; the database shows it.
    assertThat(admin.get("/api/v1/orgs/" + org + "/audit").status()).isEqualTo(404);
    List<String> actions =
        List.of(
            stack
                .portalSql(
                    "select action || ' ' || coalesce(detail, '') from audit_event"
                        + " where organisation = '"
                        + org
                        + "' order by id")
                .split("\n"));
    assertThat(actions)
        .anyMatch(a -> a.startsWith("support.case_opened") && a.contains("break-glass"));
    // The platform admin who opened the case approves as its agent, the second one by break-glass.
    assertThat(actions).filteredOn(a -> a.startsWith("support.case_approved")).hasSize(1);
    assertThat(actions).filteredOn(a -> a.startsWith("support.break_glass_approved")).hasSize(1);
  }

  private static JsonNode approveAs(PortalApi who, TestSecurityKey key, long id) {
    PortalApi.Response challenge = who.get("/api/v1/support/cases/" + id + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    PortalApi.Response approved =
        who.post(
            "/api/v1/support/cases/" + id + "/approvals",
            key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return approved.json();
  }

  /**
   * A platform admin of long standing: made one eight days ago, past the break-glass cooling-off.
   */
  private PortalApi platformAdmin() throws Exception {
    String name = TwoTenants.createUser(admin, "platform");
    PlatformAdmins.give(stack, admin, name, "platform-admin");
    stack.portalSql(
        "update platform_role_grant set granted_at = granted_at - interval '8 days' where username"
            + " = '"
            + name
            + "'");
    return PortalApi.as(stack, name, PASSWORD);
  }

  /**
   * An organisation with repository {@code app}, an owner and a support agent, each with a security
   * key.
   */
  private Tenant tenant(String prefix) throws Exception {
    String org = TwoTenants.createOrg(admin, prefix);
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    String ownerName = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, ownerName, "OWNER");
    String agentName = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agentName, "support");
    PortalApi owner = PortalApi.as(stack, ownerName, PASSWORD);
    PortalApi agent = PortalApi.as(stack, agentName, PASSWORD);
    return new Tenant(
        org,
        repo.json().get("gun").asText(),
        owner,
        TestSecurityKey.enrolled(stack, owner, "key"),
        agent,
        TestSecurityKey.enrolled(stack, agent, "key"));
  }

  private final class Tenant {
    final String org;
    final String gun;
    final PortalApi owner;
    final TestSecurityKey ownerKey;
    final PortalApi agent;
    final TestSecurityKey agentKey;
    final PortalApi admin = SupportDeskIT.this.admin;

    Tenant(
        String org,
        String gun,
        PortalApi owner,
        TestSecurityKey ownerKey,
        PortalApi agent,
        TestSecurityKey agentKey) {
      this.org = org;
      this.gun = gun;
      this.owner = owner;
      this.ownerKey = ownerKey;
      this.agent = agent;
      this.agentKey = agentKey;
    }

    String repoPath() {
      return "/api/v1/orgs/" + org + "/repositories/app";
    }

    /** A signer added through the API (the default policy publishes at once). */
    KeyPair signer(String name) throws InterruptedException {
      KeyPair keys = SignerKeyMaterial.p256();
      ObjectNode body = JSON.createObjectNode();
      body.put("name", name);
      body.put("publicKey", SignerKeyMaterial.publicPem(keys));
      PortalApi.Response filed = admin.post(repoPath() + "/signers", body.toString());
      assertThat(filed.status()).as(filed.body()).isEqualTo(202);
      admin.awaitPublished(filed.json().get("id").asLong());
      return keys;
    }

    /** The signer publishes a tag into targets/releases with the notary CLI. */
    void signTag(KeyPair signerKey, String tag, Path work) throws Exception {
      Path dir = work.resolve("signer-" + UUID.randomUUID());
      NotaryCli cli = NotaryCli.member(stack, dir, gun, "SIGNER");
      Path key =
          NotaryCli.file(
              work,
              "signer-" + UUID.randomUUID() + ".key",
              SignerKeyMaterial.privatePem(signerKey));
      cli.run("key", "import", key.toString(), "--role", "targets/releases");
      cli.run(
          "add",
          gun,
          tag,
          NotaryCli.file(work, tag + ".txt", "release " + tag).toString(),
          "--roles",
          "targets/releases");
      cli.run("publish", gun);
    }

    JsonNode open(String kind) {
      PortalApi.Response opened = agent.post("/api/v1/support/cases", openBody(gun, kind));
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
      return opened.json();
    }

    void approveAll(long id) throws Exception {
      JsonNode first = approve(agent, agentKey, id);
      assertThat(first.get("approvals").get("have").asInt()).isEqualTo(1);
      assertThat(first.get("approvals").get("need").asInt()).isEqualTo(2);
      JsonNode second = approve(owner, ownerKey, id);
      assertThat(second.get("state").asText()).as(second.toString()).isEqualTo("APPROVED");
    }

    JsonNode approve(PortalApi who, TestSecurityKey key, long id) throws Exception {
      return approveAs(who, key, id);
    }

    JsonNode execute(long id) {
      return execute(id, "");
    }

    JsonNode execute(long id, String query) {
      PortalApi.Response executed =
          agent.post("/api/v1/support/cases/" + id + "/execution" + query, "");
      assertThat(executed.status()).as(executed.body()).isEqualTo(200);
      return executed.json();
    }

    /** How often each support step was audited in the organisation's chain. */
    Map<String, Long> stepEvents() {
      List<String> actions = new ArrayList<>();
      admin
          .get("/api/v1/orgs/" + org + "/audit?size=200")
          .json()
          .get("items")
          .forEach(event -> actions.add(event.get("action").asText()));
      return actions.stream()
          .filter(a -> a.startsWith("support.step"))
          .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
    }
  }

  private static String openBody(String gun, String kind) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", kind);
    body.put("ticket", "SUP-" + (System.nanoTime() % 100000));
    body.put("reason", "The publisher reported the key lost in the ticket.");
    return body.toString();
  }

  private static String signerKeyLoss(String gun, String signer, String keyId) {
    ObjectNode body = (ObjectNode) readTree(openBody(gun, "SIGNER_KEY_LOSS"));
    body.put("signer", signer);
    body.put("keyId", keyId);
    return body.toString();
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Result(int exit, String output) {}

  /** Runs the CLI as {@link NotaryCli#run} does, but hands back a failure instead of throwing. */
  private Result attempt(NotaryCli cli, String... args) throws Exception {
    try {
      return new Result(0, cli.run(args));
    } catch (AssertionError failed) {
      return new Result(1, failed.getMessage());
    }
  }

  private static String text(JsonNode lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(line -> out.add(line.asText()));
    return String.join("\n", out);
  }

  private static void deleteTree(Path root) throws IOException {
    assertThat(root).as("the cached trust of the GUN").isDirectory();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
