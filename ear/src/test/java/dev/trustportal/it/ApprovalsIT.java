package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owners approve changes of trust with security keys through the REST API, as a script holding a
 * key would: the challenge binds an assertion to one change, an assertion counts once, a key whose
 * counter goes backwards is suspended and audited, and another organisation's owner finds nothing.
 * The keys are {@link TestSecurityKey}s; the test stack accepts their self attestation (any
 * authenticator, testing).
 */
class ApprovalsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void twoOwnersWithSecurityKeysApproveAChangeAndItIsPublished(@TempDir Path work)
      throws Exception {
    String org = organisation("approvals");
    String gun = repository(org, "app");
    PortalApi first = member(org, "OWNER");
    PortalApi second = member(org, "OWNER");
    TestSecurityKey firstKey = enrol(first, "blue key");
    TestSecurityKey secondKey = enrol(second, "red key");
    PortalApi.Response policy =
        first.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"ADD_SIGNER\":2},\"selfApproval\":false,\"openHours\":24}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    assertThat(policy.json().get("approvals").get("ADD_SIGNER").asInt()).isEqualTo(2);

    KeyPair alice = SignerKeyMaterial.p256();
    JsonNode change = file(org, "alice", alice);
    assertThat(change.get("state").asText()).isEqualTo("FILED");
    assertThat(change.get("approvals").get("need").asInt()).isEqualTo(2);
    long id = change.get("id").asLong();

    JsonNode challenge = challenge(first, org, id);
    assertThat(challenge.get("digest").asText()).isEqualTo(change.get("digest").asText());
    assertThat(challenge.get("summary").asText()).startsWith("Add signer alice");
    assertThat(challenge.get("publicKey").get("rpId").asText()).isEqualTo("localhost");
    String assertion = firstKey.assertion(challenge.get("publicKey").get("challenge").asText());
    PortalApi.Response approved = first.post(approvals(org, id), assertion);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isEqualTo("FILED");
    assertThat(approved.json().get("approvals").get("have").asInt()).isEqualTo(1);

    PortalApi.Response replayed = first.post(approvals(org, id), assertion);
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(409);
    assertThat(replayed.json().get("error").asText()).isEqualTo("assertion_refused");

    JsonNode second1 = challenge(second, org, id);
    PortalApi.Response done =
        second.post(
            approvals(org, id),
            secondKey.assertion(second1.get("publicKey").get("challenge").asText()));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("state").asText()).isIn("APPROVED", "PUBLISHING", "PUBLISHED");
    admin.awaitPublished(id);
    assertThat(delegations(work, gun))
        .contains("targets/alice")
        .contains(SignerKeyMaterial.keyId(alice));
    assertThat(
            first
                .get("/api/v1/me/security-keys")
                .json()
                .get("items")
                .get(0)
                .get("lastUsedAt")
                .isNull())
        .isFalse();
  }

  @Test
  void anAssertionForOneChangeDoesNotApproveAnother() throws Exception {
    String org = organisation("bound");
    repository(org, "app");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey key = enrol(owner, "key");
    owner.put("/api/v1/orgs/" + org + "/approval-policy", "{\"approvals\":{\"ADD_SIGNER\":1}}");
    long x = file(org, "xavier", SignerKeyMaterial.p256()).get("id").asLong();
    long y = file(org, "yvonne", SignerKeyMaterial.p256()).get("id").asLong();

    String forX =
        key.assertion(challenge(owner, org, x).get("publicKey").get("challenge").asText());
    PortalApi.Response onY = owner.post(approvals(org, y), forX);

    assertThat(onY.status()).as(onY.body()).isEqualTo(409);
    assertThat(onY.json().get("message").asText()).contains("another change");
    assertThat(admin.get("/api/v1/changes/" + y).json().get("state").asText()).isEqualTo("FILED");
    PortalApi.Response rejected =
        owner.post("/api/v1/orgs/" + org + "/changes/" + y + "/rejections", "{}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
    assertThat(rejected.json().get("error").asText()).isEqualTo("missing_reason");
    rejected =
        owner.post(
            "/api/v1/orgs/" + org + "/changes/" + y + "/rejections",
            "{\"reason\":\"not our key\"}");
    assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
    assertThat(rejected.json().get("failure").asText()).isEqualTo("not our key");
  }

  @Test
  void aCounterThatGoesBackwardsSuspendsTheKeyAndIsAudited() throws Exception {
    String org = organisation("cloned");
    repository(org, "app");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey key = enrol(owner, "key");
    owner.put("/api/v1/orgs/" + org + "/approval-policy", "{\"approvals\":{\"ADD_SIGNER\":1}}");
    long id = file(org, "carla", SignerKeyMaterial.p256()).get("id").asLong();

    key.windCounterBackTo(0);
    PortalApi.Response clone =
        owner.post(
            approvals(org, id),
            key.assertion(challenge(owner, org, id).get("publicKey").get("challenge").asText()));

    assertThat(clone.status()).as(clone.body()).isEqualTo(400);
    assertThat(clone.json().get("message").asText()).contains("may be cloned");
    assertThat(
            owner
                .get("/api/v1/me/security-keys")
                .json()
                .get("items")
                .get(0)
                .get("possiblyCloned")
                .asBoolean())
        .isTrue();
    List<String> actions = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/audit?size=100")
        .json()
        .get("items")
        .forEach(event -> actions.add(event.get("action").asText()));
    assertThat(actions).contains("security_key.possibly_cloned");
    PortalApi.Response again =
        owner.post(
            approvals(org, id),
            key.assertion(challenge(owner, org, id).get("publicKey").get("challenge").asText()));
    assertThat(again.json().get("message").asText()).contains("suspended");
    assertThat(admin.get("/api/v1/changes/" + id).json().get("state").asText()).isEqualTo("FILED");
  }

  @Test
  void anOwnerOfAnotherOrganisationCannotApprove() throws Exception {
    String org = organisation("theirs");
    repository(org, "app");
    member(org, "OWNER")
        .put("/api/v1/orgs/" + org + "/approval-policy", "{\"approvals\":{\"ADD_SIGNER\":1}}");
    long id = file(org, "dora", SignerKeyMaterial.p256()).get("id").asLong();
    String mine = organisation("mine");
    PortalApi stranger = member(mine, "OWNER");
    TestSecurityKey key = enrol(stranger, "key");

    assertThat(
            stranger.get("/api/v1/orgs/" + org + "/changes/" + id + "/approval-challenge").status())
        .isEqualTo(404);
    assertThat(
            stranger
                .get("/api/v1/orgs/" + mine + "/changes/" + id + "/approval-challenge")
                .status())
        .isEqualTo(404);
    PortalApi.Response approve = stranger.post(approvals(org, id), key.assertion("AAAA"));
    assertThat(approve.status()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/orgs/" + org + "/approval-policy").status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/changes/" + id).json().get("state").asText()).isEqualTo("FILED");
  }

  @Test
  void registrationNeedsAFreshChallengeAndANameAndKeysCanBeRemoved() throws Exception {
    PortalApi owner = member(organisation("enrol"), "OWNER");
    TestSecurityKey key = new TestSecurityKey(stack);
    String stale =
        owner
            .post("/api/v1/me/security-keys/registration-options", "")
            .json()
            .get("challenge")
            .asText();
    String credential = key.register(stale);
    assertThat(
            owner
                .post("/api/v1/me/security-keys", register("", credential))
                .json()
                .get("error")
                .asText())
        .isEqualTo("invalid_security_key_name");
    PortalApi.Response created =
        owner.post("/api/v1/me/security-keys", register("key", credential));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    PortalApi.Response again =
        owner.post("/api/v1/me/security-keys", register("other", credential));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).contains("unknown, used or expired");

    long id = created.json().get("id").asLong();
    String path = "/api/v1/me/security-keys/" + id;
    PortalApi.Response bare = owner.delete(path);
    assertThat(bare.status()).as("the last key goes only with a fresh touch").isEqualTo(403);
    assertThat(bare.json().get("error").asText()).isEqualTo("assertion_required");
    assertThat(bare.json().get("message").asText())
        .contains("last security key")
        .contains("/removal-challenge");
    String challenge = owner.get(path + "/removal-challenge").json().get("challenge").asText();
    String assertion = key.assertion(challenge);
    assertThat(owner.call("DELETE", path, assertion).status()).isEqualTo(204);
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).isEmpty();
    assertThat(owner.call("DELETE", path, assertion).status()).isEqualTo(404);
  }

  @Test
  void removingAKeyRefusesAStaleOrForeignAssertionAndTakesATouchOfAnyOwnKey() throws Exception {
    PortalApi owner = member(organisation("last-key"), "OWNER");
    TestSecurityKey first = enrol(owner, "first");
    TestSecurityKey second = TestSecurityKey.enrolledBesides(first, stack, owner, "second");
    long firstId =
        owner.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();
    long secondId =
        owner.get("/api/v1/me/security-keys").json().get("items").get(1).get("id").asLong();
    String firstPath = "/api/v1/me/security-keys/" + firstId;
    assertThat(owner.delete(firstPath).status())
        .as("not the last, and still a touch")
        .isEqualTo(403);
    String touch =
        second.assertion(
            owner.get(firstPath + "/removal-challenge").json().get("challenge").asText());
    assertThat(owner.call("DELETE", firstPath, touch).status())
        .as("with a touch of another key")
        .isEqualTo(204);

    String path = "/api/v1/me/security-keys/" + secondId;
    PortalApi.Response forged =
        owner.call("DELETE", path, second.assertion("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    assertThat(forged.status()).as(forged.body()).isEqualTo(409);
    assertThat(forged.json().get("error").asText()).isEqualTo("assertion_refused");
    String challenge = owner.get(path + "/removal-challenge").json().get("challenge").asText();
    PortalApi.Response removedKey = owner.call("DELETE", path, first.assertion(challenge));
    assertThat(removedKey.status()).as("a removed key signs nothing").isEqualTo(400);
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).hasSize(1);
    challenge = owner.get(path + "/removal-challenge").json().get("challenge").asText();
    assertThat(owner.call("DELETE", path, second.assertion(challenge)).status()).isEqualTo(204);
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).isEmpty();
  }

  private TestSecurityKey enrol(PortalApi user, String name) throws Exception {
    TestSecurityKey key = new TestSecurityKey(stack);
    PortalApi.Response options = user.post("/api/v1/me/security-keys/registration-options", "");
    assertThat(options.status()).as(options.body()).isEqualTo(200);
    assertThat(options.json().get("attestation").asText()).isEqualTo("direct");
    String credential = key.register(options.json().get("challenge").asText());
    PortalApi.Response created = user.post("/api/v1/me/security-keys", register(name, credential));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return key;
  }

  private static String register(String name, String credential) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.set("credential", JSON.readTree(credential));
    return body.toString();
  }

  private static JsonNode challenge(PortalApi owner, String org, long id) {
    PortalApi.Response answer =
        owner.get("/api/v1/orgs/" + org + "/changes/" + id + "/approval-challenge");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String approvals(String org, long id) {
    return "/api/v1/orgs/" + org + "/changes/" + id + "/approvals";
  }

  private String organisation(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    return org;
  }

  private String repository(String org, String name) {
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("gun").asText();
  }

  private JsonNode file(String org, String signer, KeyPair key) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", signer);
    body.put("publicKey", SignerKeyMaterial.publicPem(key));
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json();
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

  /** What {@code notary delegation list} prints, with a fresh trust directory. */
  private String delegations(Path work, String gun) throws Exception {
    return NotaryCli.member(stack, work.resolve("trust-" + System.nanoTime()), gun, "VIEWER")
        .run("delegation", "list", gun);
  }
}
