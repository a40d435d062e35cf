package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a new security key counts for an organisation's approvals, through the REST API: once
 * another owner confirmed it with their own key, once its cooling-off period (72 hours on the test
 * stack) has passed, or at once for keys registered before the organisation first required
 * approvals. A key is added to an account that has one only with a touch of a key of that account.
 */
class SecurityKeyConfirmationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aKeyAnotherOwnerConfirmedApprovesAndAnUnconfirmedOneSaysWhenItWillCount() throws Exception {
    String org = organisation("confirm");
    Owner vouching = owner(org);
    TestSecurityKey vouchingKey = TestSecurityKey.enrolled(stack, vouching.api, "vouching key");
    Owner newcomer = owner(org);
    requireOneApproval(vouching.api, org);
    long first = fileSigner(org, "first", true);

    Instant registered = Instant.now();
    TestSecurityKey newKey = TestSecurityKey.enrolled(stack, newcomer.api, "new key");
    PortalApi.Response early = approveWith(newcomer.api, newKey, org, first);
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    String message = early.json().get("message").asText();
    assertThat(message)
        .contains("'new key'")
        .contains("cooling-off")
        .contains("counts for " + org + " from ");
    Instant countsFrom = Instant.parse(message.replaceAll(".* from (\\S+), or .*", "$1"));
    assertThat(countsFrom)
        .isBetween(
            registered.plus(72, ChronoUnit.HOURS).minusSeconds(5),
            Instant.now().plus(72, ChronoUnit.HOURS).plusSeconds(5));
    assertThat(state(first)).isEqualTo("FILED");

    JsonNode listed = ownersKey(vouching.api, org, newcomer.username);
    assertThat(listed.get("standing").get("basis").asText()).isEqualTo("COOLING_OFF");
    assertThat(listed.get("standing").get("counts").asBoolean()).isFalse();
    long id = listed.get("id").asLong();
    PortalApi.Response own = newcomer.api.post(confirmation(org, id) + "-challenge", "");
    assertThat(own.status()).as("nobody confirms their own key").isEqualTo(403);
    assertThat(own.json().get("error").asText()).isEqualTo("own_key_confirmation");

    String challenge =
        vouching
            .api
            .post(confirmation(org, id) + "-challenge", "")
            .json()
            .get("challenge")
            .asText();
    PortalApi.Response confirmed =
        vouching.api.post(confirmation(org, id) + "s", vouchingKey.assertion(challenge));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("standing").get("basis").asText()).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().get("standing").get("confirmedBy").asText())
        .isEqualTo(vouching.username);

    PortalApi.Response approved = approveWith(newcomer.api, newKey, org, first);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isIn("APPROVED", "PUBLISHING", "PUBLISHED");
    assertThat(
            newcomer
                .api
                .get("/api/v1/me/security-keys")
                .json()
                .get("items")
                .get(0)
                .get("organisations")
                .get(0)
                .get("basis")
                .asText())
        .isEqualTo("CONFIRMED");
    assertThat(actions(org)).contains("security_key.registered", "security_key.confirmed");
  }

  @Test
  void aKeyWithinItsOwnCoolingOffConfirmsNothing() throws Exception {
    String org = organisation("vouch");
    Owner first = owner(org);
    Owner second = owner(org);
    requireOneApproval(admin, org);
    TestSecurityKey firstKey = TestSecurityKey.enrolled(stack, first.api, "first key");
    TestSecurityKey.enrolled(stack, second.api, "second key");
    long id = ownersKey(first.api, org, second.username).get("id").asLong();

    String challenge =
        first.api.post(confirmation(org, id) + "-challenge", "").json().get("challenge").asText();
    PortalApi.Response refused =
        first.api.post(confirmation(org, id) + "s", firstKey.assertion(challenge));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains("'first key'")
        .contains("cooling-off");
    assertThat(ownersKey(first.api, org, second.username).get("standing").get("basis").asText())
        .isEqualTo("COOLING_OFF");
  }

  @Test
  void aKeyPastItsCoolingOffApprovesWithoutAConfirmation() throws Exception {
    String org = organisation("cooled");
    Owner newcomer = owner(org);
    requireOneApproval(admin, org);
    long change = fileSigner(org, "later", true);
    TestSecurityKey key = TestSecurityKey.enrolled(stack, newcomer.api, "patient key");
    long id =
        newcomer.api.get("/api/v1/me/security-keys").json().get("items").get(0).get("id").asLong();

    // Three days and a minute later, as far as the key's registration (and the policy's start)
    // tells.
    stack.letKeysCoolOff("id = " + id);
    stack.portalSql(
        "update approvals_required set since = since - interval '73 hours' where organisation_id ="
            + " (select id from organisation where name = '"
            + org
            + "')");
    PortalApi.Response approved = approveWith(newcomer.api, key, org, change);

    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(
            newcomer
                .api
                .get("/api/v1/me/security-keys")
                .json()
                .get("items")
                .get(0)
                .get("organisations")
                .get(0)
                .get("basis")
                .asText())
        .isEqualTo("COOLED_OFF");
  }

  @Test
  void anotherKeyIsAddedOnlyWithATouchOfOneOfTheAccountsOwnKeys() throws Exception {
    String org = organisation("second-key");
    Owner owner = owner(org);
    Owner stranger = owner(organisation("stranger"));
    TestSecurityKey first = TestSecurityKey.enrolled(stack, owner.api, "first");
    TestSecurityKey strangers = TestSecurityKey.enrolled(stack, stranger.api, "theirs");

    JsonNode options = owner.api.post("/api/v1/me/security-keys/registration-options", "").json();
    String proof = options.get("existingKey").get("challenge").asText();
    assertThat(options.get("existingKey").get("allowCredentials")).hasSize(1);
    TestSecurityKey second = new TestSecurityKey(stack);
    String credential = second.register(options.get("challenge").asText());
    PortalApi.Response foreign =
        owner.api.post(
            "/api/v1/me/security-keys",
            registration("second", credential, strangers.assertion(proof)));
    assertThat(foreign.status())
        .as("another account's key proves nothing: " + foreign.body())
        .isEqualTo(400);
    assertThat(foreign.json().get("error").asText()).isEqualTo("assertion_refused");

    options = owner.api.post("/api/v1/me/security-keys/registration-options", "").json();
    credential = second.register(options.get("challenge").asText());
    PortalApi.Response added =
        owner.api.post(
            "/api/v1/me/security-keys",
            registration(
                "second",
                credential,
                first.assertion(options.get("existingKey").get("challenge").asText())));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(owner.api.get("/api/v1/me/security-keys").json().get("items")).hasSize(2);
  }

  private JsonNode ownersKey(PortalApi owner, String org, String username) {
    PortalApi.Response list = owner.get("/api/v1/orgs/" + org + "/security-keys");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode key : list.json().get("items")) {
      if (key.get("owner").asText().equals(username)) {
        return key;
      }
    }
    throw new AssertionError("no key of " + username + " in " + list.body());
  }

  private static String confirmation(String org, long id) {
    return "/api/v1/orgs/" + org + "/security-keys/" + id + "/confirmation";
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

  private long fileSigner(String org, String name, boolean newRepository) {
    if (newRepository) {
      PortalApi.Response repo =
          admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
      assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        admin.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
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

  private static String registration(String name, String credential, String existingKey)
      throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.set("credential", JSON.readTree(credential));
    body.set("existingKey", JSON.readTree(existingKey));
    return body.toString();
  }

  private String organisation(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    return org;
  }

  private record Owner(String username, PortalApi api) {}

  private Owner owner(String org) {
    String username = OrganisationsApiIT.uniqueName("owner");
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
                    "{\"username\":\"" + username + "\",\"role\":\"OWNER\"}")
                .status())
        .isEqualTo(201);
    return new Owner(username, PortalApi.as(stack, username, PASSWORD));
  }
}
