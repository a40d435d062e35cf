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
 * The support desk's trust reset of an OWNERS repository (issue 22), the documented way out when
 * its custodians fell below M: the new root is made for the current custodians and signed by them
 * in a root ceremony, so that the platform's key-encryption key alone still opens no root key of it
 * (the attack of {@link KeyEncryptionKeyAloneIT}, after a reset).
 */
class OwnerHeldTrustResetIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aTrustResetBelowTheThresholdMakesARootOfTheCurrentCustodiansThatTheKekAloneCannotOpen(
      @TempDir Path work) throws Exception {
    // Four owners, three of them custodians, 3 of 3 must sign; one custodian leaves: 2 < M.
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "reset-owners").withOwners(4);
    // The support agent's key is registered before the organisation asks approvals (no
    // cooling-off).
    String agentName = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agentName, "support");
    PortalApi agent = PortalApi.as(stack, agentName, TwoTenants.PASSWORD);
    TestSecurityKey agentKey = TestSecurityKey.enrolled(stack, agent, "key");
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
