package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attacker who holds only an owner's password, or only one of the owner's WRITE API tokens,
 * tries to give themselves a security key that approves changes of trust as that owner (issue 20,
 * item 2): by registering a key through {@code /api/v1/me/security-keys}, and by removing the
 * owner's keys without a touch. The organisation requires one owner's approval for new signers;
 * every attack must leave the change FILED.
 */
class SecurityKeyTakeoverIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aStolenPasswordCannotAddAKeyToAnAccountThatHasOne() throws Exception {
    String org = organisation("takeover");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey.enrolled(stack, owner, "owner's key");
    requireOneApproval(owner, org);
    long change = fileSigner(org, "mallory");

    // The attacker has the password, not the key: a key of their own, registered with the password
    // only.
    TestSecurityKey attackers = new TestSecurityKey(stack);
    PortalApi.Response options = owner.post("/api/v1/me/security-keys/registration-options", "");
    PortalApi.Response registered =
        owner.post(
            "/api/v1/me/security-keys",
            registration(
                "attacker's key", attackers.register(options.json().get("challenge").asText())));
    PortalApi.Response approval = approveWith(owner, attackers, org, change);

    assertThat(registered.status())
        .as(
            "registering a second key with the password alone: %s; approving with it"
                + " then answered %s %s",
            registered.body(), approval.status(), approval.body())
        .isEqualTo(403);
    assertThat(registered.json().get("error").asText()).isEqualTo("assertion_required");
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).hasSize(1);
    assertThat(state(change)).isEqualTo("FILED");
  }

  @Test
  void aKeyRegisteredWithAStolenPasswordDoesNotApproveDuringItsCoolingOff() throws Exception {
    String org = organisation("keyless");
    PortalApi keyless = member(org, "OWNER");
    PortalApi other = member(org, "OWNER");
    TestSecurityKey.enrolled(stack, other, "other owner's key");
    requireOneApproval(other, org);
    long change = fileSigner(org, "mallory");

    // The owner never registered a key: the attacker registers one with the password alone.
    TestSecurityKey attackers = TestSecurityKey.enrolled(stack, keyless, "attacker's key");
    PortalApi.Response approval = approveWith(keyless, attackers, org, change);

    assertThat(approval.status()).as(approval.body()).isEqualTo(400);
    assertThat(approval.json().get("error").asText()).isEqualTo("assertion_refused");
    assertThat(approval.json().get("message").asText())
        .contains("cooling-off")
        .contains("counts for " + org + " from");
    assertThat(state(change)).isEqualTo("FILED");
  }

  @Test
  void aWriteTokenOfAnyScopeCannotRegisterOrRemoveSecurityKeys() throws Exception {
    String org = organisation("tokens");
    String elsewhere = organisation("elsewhere");
    String username = OrganisationsApiIT.uniqueName("owner");
    PortalApi owner = account(username);
    join(org, username, "OWNER");
    join(elsewhere, username, "OWNER");
    assertThat(admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    TestSecurityKey.enrolled(stack, owner, "owner's key");
    long id = owner.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();

    List<String> answers = new ArrayList<>();
    for (String scope :
        List.of(
            "",
            ",\"organisation\":\"" + elsewhere + "\"",
            ",\"organisation\":\"" + org + "\",\"repositories\":[\"app\"]")) {
      PortalApi token = PortalApi.bearer(stack, token(owner, scope));
      PortalApi.Response options = token.post("/api/v1/me/security-keys/registration-options", "");
      TestSecurityKey attackers = new TestSecurityKey(stack);
      String challenge =
          options.status() == 200 ? options.json().get("challenge").asText() : "AAAA";
      PortalApi.Response registered =
          token.post(
              "/api/v1/me/security-keys", registration("token key", attackers.register(challenge)));
      PortalApi.Response removed = token.delete("/api/v1/me/security-keys/" + id);
      answers.add(
          "token"
              + scope
              + ": options "
              + options.status()
              + ", register "
              + registered.status()
              + " "
              + registered.body()
              + ", remove "
              + removed.status());
      for (PortalApi.Response answer : List.of(options, registered, removed)) {
        assertThat(answer.status()).as(String.join("\n", answers)).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).isNotBlank();
      }
    }
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).hasSize(1);
  }

  @Test
  void removingAKeyThatIsNotTheLastNeedsATouch() throws Exception {
    String org = organisation("remove");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey first = TestSecurityKey.enrolled(stack, owner, "first");
    TestSecurityKey.enrolledBesides(first, stack, owner, "second");
    JsonNode items = owner.get("/api/v1/me/security-keys").json().get("items");
    assertThat(items).hasSize(2);

    PortalApi.Response bare =
        owner.delete("/api/v1/me/security-keys/" + items.get(1).get("id").asLong());

    assertThat(bare.status())
        .as("removing a key that is not the last without a touch: " + bare.body())
        .isEqualTo(403);
    assertThat(bare.json().get("error").asText()).isEqualTo("assertion_required");
    assertThat(owner.get("/api/v1/me/security-keys").json().get("items")).hasSize(2);
  }

  @Test
  void registeringAndRemovingAKeyIsInTheChainOfEveryOrganisationTheAccountOwns() throws Exception {
    String org = organisation("chain");
    String elsewhere = organisation("chain-too");
    String username = OrganisationsApiIT.uniqueName("owner");
    PortalApi owner = account(username);
    join(org, username, "OWNER");
    join(elsewhere, username, "OWNER");

    TestSecurityKey key = TestSecurityKey.enrolled(stack, owner, "chained key");
    long id = owner.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();
    String path = "/api/v1/me/security-keys/" + id;
    String challenge = owner.get(path + "/removal-challenge").json().get("challenge").asText();
    assertThat(owner.call("DELETE", path, key.assertion(challenge)).status()).isEqualTo(204);

    for (String organisation : List.of(org, elsewhere)) {
      assertThat(actions(organisation))
          .as(organisation)
          .contains("security_key.registered", "security_key.removed");
    }
  }

  private PortalApi.Response approveWith(
      PortalApi owner, TestSecurityKey key, String org, long change) {
    String changes = "/api/v1/orgs/" + org + "/changes/" + change;
    PortalApi.Response challenge = owner.get(changes + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    return owner.post(
        changes + "/approvals",
        key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
  }

  private void requireOneApproval(PortalApi owner, String org) {
    PortalApi.Response policy =
        owner.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"ADD_SIGNER\":1},\"selfApproval\":true}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
  }

  private long fileSigner(String org, String name) {
    PortalApi.Response repo =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    assertThat(filed.json().get("state").asText()).isEqualTo("FILED");
    return filed.json().get("id").asLong();
  }

  private String state(long change) {
    return admin.get("/api/v1/changes/" + change).json().get("state").asText();
  }

  private List<String> actions(String org) {
    List<String> actions = new ArrayList<>();
    admin
        .get("/api/v1/orgs/" + org + "/audit?size=100")
        .json()
        .get("items")
        .forEach(event -> actions.add(event.get("action").asText()));
    return actions;
  }

  private static String registration(String name, String credential) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.set("credential", JSON.readTree(credential));
    return body.toString();
  }

  private static String token(PortalApi owner, String scope) {
    PortalApi.Response created =
        owner.post(
            "/api/v1/me/tokens",
            "{\"name\":\""
                + OrganisationsApiIT.uniqueName("t")
                + "\",\"access\":\"WRITE\",\"expiresInDays\":7"
                + scope
                + "}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("secret").asText();
  }

  private String organisation(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    return org;
  }

  private PortalApi account(String username) {
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .status())
        .isEqualTo(201);
    return PortalApi.as(stack, username, PASSWORD);
  }

  private void join(String org, String username, String role) {
    assertThat(
            admin
                .post(
                    "/api/v1/orgs/" + org + "/members",
                    "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}")
                .status())
        .isEqualTo(201);
  }

  private PortalApi member(String org, String role) {
    String username = OrganisationsApiIT.uniqueName(role.toLowerCase());
    PortalApi api = account(username);
    join(org, username, role);
    return api;
  }
}
