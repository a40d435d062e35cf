package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support desk on an OWNERS repository (issue 22). Its trust reset, the documented way out when
 * its custodians fell below M, makes the new root for the current custodians and has them sign it
 * in a root ceremony, so that the platform's key-encryption key alone still opens no root key of it
 * (the attack of {@link KeyEncryptionKeyAloneIT}, after a reset). Its key rotations are root
 * ceremonies too: the portal holds no root key to sign them with.
 */
class OwnerHeldSupportCasesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aTrustResetBelowTheThresholdMakesARootOfTheCurrentCustodiansThatTheKekAloneCannotOpen(
      @TempDir Path work) throws Exception {
    // Four owners, three of them custodians, 3 of 3 must sign; one custodian leaves: 2 < M.
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "reset-owners").withOwners(4);
    Agent support = agent();
    PortalApi agent = support.api();
    TestSecurityKey agentKey = support.key();
    org.inOwnersCustody(3, 3);
    PortalApi.Response created = org.createRepository("app");
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    long first = created.json().get("rootCeremony").asLong();
    String gun = created.json().get("gun").asText();
    for (OwnerHeldRoots.Owner owner : org.owners.subList(0, 3)) {
      assertThat(org.touch(owner, first).status()).isEqualTo(200);
    }
    OwnerHeldRoots.Owner leaving = org.owners.get(2);
    PortalApi.Response left =
        org.owners
            .get(0)
            .api()
            .delete(
                "/api/v1/orgs/"
                    + org.org
                    + "/members/"
                    + leaving.username()
                    + "?acknowledgeCustodianLoss=true");
    assertThat(left.status()).as(left.body()).isEqualTo(204);
    PortalApi.Response rotation =
        org.owners
            .get(0)
            .api()
            .post(
                "/api/v1/orgs/" + org.org + "/root-ceremonies",
                "{\"repository\":\"app\",\"operation\":\"ROTATE_ROOT\"}");
    assertThat(rotation.status()).as("below M: " + rotation.body()).isEqualTo(409);

    PortalApi.Response opened = agent.post("/api/v1/support/cases", openBody(gun));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    approve(agent, agentKey, id);
    // The agent and as many owners as the organisation's approval policy asks (2 here).
    for (OwnerHeldRoots.Owner approver : org.owners.subList(0, 2)) {
      approve(approver.api(), approver.key(), id);
    }
    OwnerHeldRoots.Owner owner = org.owners.get(0);

    JsonNode state = execute(agent, id);
    System.out.println("Trust reset of an OWNERS repository, first execution: " + state);
    // The new root waits for the current custodians' touches in a root ceremony.
    for (JsonNode ceremony :
        owner.api().get("/api/v1/orgs/" + org.org + "/root-ceremonies").json()) {
      if (ceremony.get("state").asText().equals("OPEN")
          && ceremony.get("gun").asText().equals(gun)) {
        System.out.println("Reset ceremony: " + ceremony);
        for (OwnerHeldRoots.Owner custodian : org.owners.subList(0, 2)) {
          PortalApi.Response touched = org.touch(custodian, ceremony.get("id").asLong());
          assertThat(touched.status()).as(touched.body()).isEqualTo(200);
        }
      }
    }
    if (!state.get("state").asText().equals("DONE")) {
      state = execute(agent, id);
    }
    assertThat(state.get("state").asText()).as(state.toString()).isEqualTo("DONE");

    Path trust = work.resolve("fresh");
    NotaryCli.member(stack, trust, gun, "SIGNER").run("list", gun);
    JsonNode root = JSON.readTree(trust.resolve("tuf/" + gun + "/metadata/root.json").toFile());
    List<X509Certificate> roots = KeyEncryptionKeyThief.rootCertificates(root);
    List<String> opened2 = new KeyEncryptionKeyThief(stack).openRootKeys(gun, roots);
    System.out.println("After a trust reset of an OWNERS repository, KEK alone opened: " + opened2);
    assertThat(opened2).as("root keys of " + gun + " opened with the KEK alone").isEmpty();
    JsonNode rootRole = root.get("signed").get("roles").get("root");
    assertThat(rootRole.get("keyids")).as("one root key per current custodian").hasSize(2);
    assertThat(rootRole.get("threshold").asInt()).isEqualTo(2);
    JsonNode custody =
        owner.api().get("/api/v1/orgs/" + org.org + "/repositories/app/root-custody").json();
    assertThat(custody.get("threshold").asInt()).as("the root's, not M").isEqualTo(2);
    assertThat(custody.get("rootKeys").toString())
        .contains(org.owners.get(0).username())
        .contains(org.owners.get(1).username())
        .doesNotContain(leaving.username());
  }

  /**
   * A targets key rotation and a root rotation filed at the support desk, approved, and carried
   * out: each waits for the custodians' ceremony it opens (carrying it out again opens no second
   * one), is published at the second touch, and is then done; a client that trusted the first root
   * follows both.
   */
  @Test
  void aKeyRotationCaseOfAnOwnersRepositoryWaitsForTheCustodiansCeremonyAndTheCliFollows(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "case-owners").withOwners(3);
    Agent support = agent();
    PortalApi agent = support.api();
    TestSecurityKey agentKey = support.key();
    org.inOwnersCustody(2);
    String gun = org.initialisedRepository("app");
    NotaryCli cli = NotaryCli.member(stack, work.resolve("old-trust"), gun, "SIGNER");
    cli.run("list", gun);
    Path cached = work.resolve("old-trust/tuf/" + gun + "/metadata/root.json");
    JsonNode first = JSON.readTree(cached.toFile());

    JsonNode targets = rotationCase(org, agent, agentKey, gun, "TARGETS_KEY_ROTATION");
    assertThat(targets.get("operation").asText()).isEqualTo("ROTATE_TARGETS_KEY");
    cli.run("list", gun);
    JsonNode second = JSON.readTree(cached.toFile());
    assertThat(second.get("signed").get("version").asInt()).isEqualTo(2);
    assertThat(keyIds(second, "targets")).isNotEqualTo(keyIds(first, "targets"));
    assertThat(keyIds(second, "root")).isEqualTo(keyIds(first, "root"));

    JsonNode root = rotationCase(org, agent, agentKey, gun, "ROOT_ROTATION");
    assertThat(root.get("operation").asText()).isEqualTo("ROTATE_ROOT");
    cli.run("list", gun);
    JsonNode third = JSON.readTree(cached.toFile());
    assertThat(third.get("signed").get("version").asInt()).isEqualTo(3);
    assertThat(keyIds(third, "root")).hasSize(3).doesNotContainAnyElementsOf(keyIds(first, "root"));
    List<String> opened =
        new KeyEncryptionKeyThief(stack)
            .openRootKeys(gun, KeyEncryptionKeyThief.rootCertificates(third));
    System.out.println(
        "Support cases on an OWNERS repository: targets key rotation in ceremony "
            + targets.get("id")
            + ", root rotation in ceremony "
            + root.get("id")
            + "; root v3 keys "
            + keyIds(third, "root")
            + ", KEK alone opened: "
            + opened);
    assertThat(opened).as("root keys of " + gun + " opened with the KEK alone").isEmpty();
  }

  /**
   * Opens a case of {@code kind} on {@code gun}, has it approved and carried out until it waits for
   * a root ceremony; two custodians touch it; the case is then carried out to DONE.
   *
   * @return the ceremony
   */
  private JsonNode rotationCase(
      OwnerHeldRoots org, PortalApi agent, TestSecurityKey agentKey, String gun, String kind) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", kind);
    body.put("ticket", "SUP-" + (System.nanoTime() % 100000));
    body.put("reason", "The owners asked for a scheduled key rotation.");
    PortalApi.Response opened = agent.post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    approve(agent, agentKey, id);
    for (OwnerHeldRoots.Owner approver : org.owners.subList(0, 2)) {
      approve(approver.api(), approver.key(), id);
    }
    JsonNode waiting = execute(agent, id);
    System.out.println(kind + " of an OWNERS repository, first execution: " + waiting);
    assertThat(waiting.get("state").asText()).as(waiting.toString()).isNotEqualTo("DONE");
    assertThat(waiting.get("lastError").asText()).contains("root ceremony");
    JsonNode ceremony = org.openCeremony();
    assertThat(ceremony.get("gun").asText()).isEqualTo(gun);
    assertThat(execute(agent, id).get("state").asText()).isNotEqualTo("DONE");
    assertThat(org.openCeremony().get("id")).as("no second ceremony").isEqualTo(ceremony.get("id"));
    long ceremonyId = ceremony.get("id").asLong();
    for (OwnerHeldRoots.Owner custodian : org.owners.subList(1, 3)) {
      PortalApi.Response touched = org.touch(custodian, ceremonyId);
      assertThat(touched.status()).as(touched.body()).isEqualTo(200);
    }
    JsonNode done = execute(agent, id);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
    return org.owners.get(0).api().get(org.ceremony(ceremonyId)).json();
  }

  private static java.util.Set<String> keyIds(JsonNode root, String role) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    root.get("signed").get("roles").get(role).get("keyids").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** A support agent and their security key. */
  private record Agent(PortalApi api, TestSecurityKey key) {}

  /**
   * A support agent whose key is registered before the organisation asks approvals (no
   * cooling-off).
   */
  private Agent agent() {
    String name = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, name, "support");
    PortalApi api = PortalApi.as(stack, name, TwoTenants.PASSWORD);
    return new Agent(api, TestSecurityKey.enrolled(stack, api, "key"));
  }

  private static void approve(PortalApi who, TestSecurityKey key, long id) {
    PortalApi.Response challenge = who.get("/api/v1/support/cases/" + id + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    PortalApi.Response approved =
        who.post(
            "/api/v1/support/cases/" + id + "/approvals",
            key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
  }

  private static JsonNode execute(PortalApi agent, long id) {
    PortalApi.Response executed = agent.post("/api/v1/support/cases/" + id + "/execution", "");
    assertThat(executed.status()).as(executed.body()).isEqualTo(200);
    return executed.json();
  }

  private static String openBody(String gun) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", "TRUST_RESET");
    body.put("ticket", "SUP-" + (System.nanoTime() % 100000));
    body.put("reason", "Two of three custodians left; the root can no longer be rotated.");
    return body.toString();
  }
}
