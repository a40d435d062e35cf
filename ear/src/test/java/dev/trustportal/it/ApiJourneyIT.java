package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform team's onboarding script, over HTTP alone (no browser, no database): an account, an
 * organisation it owns, a platform that accepts any FIDO2 key, a policy of one approval for every
 * change, a security key enrolled through the API, a repository whose initialisation the owner
 * approves, and a signer published and seen by the notary CLI. Then what such a script gets
 * refused, and why.
 */
class ApiJourneyIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aScriptOnboardsAnOwnerWhoApprovesTheRepositoryAndASignerWithASecurityKey(@TempDir Path work)
      throws Exception {
    String username = OrganisationsApiIT.uniqueName("owner");
    PortalApi.Response account =
        admin.post(
            "/api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":"
                + "\"Olga Owner\",\"email\":\"olga@example.com\",\"password\":\""
                + PASSWORD
                + "\"}");
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    assertThat(account.json().has("password")).isFalse();
    String org = OrganisationsApiIT.uniqueName("journey");
    // The platform founds the organisation with its first owner, and is no member of it.
    assertThat(
            admin
                .post("/api/v1/orgs", "{\"name\":\"" + org + "\",\"owner\":\"" + username + "\"}")
                .status())
        .isEqualTo(201);
    PortalApi owner = PortalApi.as(stack, username, PASSWORD);
    assertThat(owner.get("/api/v1/me").json().get("email").asText()).isEqualTo("olga@example.com");

    PortalApi.Response platform =
        admin.put("/api/v1/platform/attestation-policy", "{\"policy\":\"ANY_FIDO2\"}");
    assertThat(platform.status()).as(platform.body()).isEqualTo(200);
    assertThat(platform.json().get("policy").asText()).isEqualTo("ANY_FIDO2");
    assertThat(platform.json().get("acceptsAnyFido2").asBoolean()).isTrue();
    // Enrolled before the organisation requires approvals, the key counts at once (onboarding); a
    // key
    // registered afterwards would wait for another owner's confirmation or its cooling-off.
    TestSecurityKey key = enrol(owner);
    PortalApi.Response policy =
        owner.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{"
                + "\"ADD_SIGNER\":1,\"REMOVE_SIGNER\":1,\"ADD_SIGNER_KEY\":1,\"REMOVE_SIGNER_KEY\":1,\"SET_THRESHOLD\":1,"
                + "\"INITIALISE_REPOSITORY\":1},\"selfApproval\":true}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    assertThat(policy.json().get("approvals").get("INITIALISE_REPOSITORY").asInt()).isEqualTo(1);

    PortalApi.Response created =
        owner.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    JsonNode initialisation = created.json();
    assertThat(initialisation.get("type").asText()).isEqualTo("INITIALISE_REPOSITORY");
    assertThat(initialisation.get("state").asText()).isEqualTo("FILED");
    assertThat(initialisation.get("approvals").get("have").asInt()).isZero();
    assertThat(initialisation.get("approvals").get("need").asInt()).isEqualTo(1);
    assertThat(created.header("Location").orElseThrow())
        .endsWith("/api/v1/changes/" + initialisation.get("id"));
    String repository = "/api/v1/orgs/" + org + "/repositories/app";
    assertThat(owner.get(repository).json().get("state").asText())
        .isEqualTo("PENDING_INITIALISATION");
    PortalApi.Response early = owner.get(repository + "/trust");
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.json().get("error").asText()).isEqualTo("repository_not_initialised");

    approve(owner, key, org, initialisation.get("id").asLong());
    assertThat(owner.get(repository).json().get("state").asText()).isEqualTo("READY");
    assertThat(owner.get(repository + "/trust").status()).isEqualTo(200);

    KeyPair alice = SignerKeyMaterial.p256();
    ObjectNode signer =
        JSON.createObjectNode()
            .put("name", "alice")
            .put("publicKey", SignerKeyMaterial.publicPem(alice));
    PortalApi.Response filed = owner.post(repository + "/signers", signer.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    assertThat(filed.json().get("approvals").get("need").asInt()).isEqualTo(1);
    approve(owner, key, org, filed.json().get("id").asLong());

    String gun = owner.get(repository).json().get("gun").asText();
    String delegations =
        NotaryCli.as(stack, work.resolve("fresh-trust"), username, PASSWORD)
            .run("delegation", "list", gun);
    assertThat(delegations).contains("targets/alice").contains(SignerKeyMaterial.keyId(alice));
  }

  @Test
  void theLastOwnerIsNeitherRemovedNorDemoted() {
    String org = OrganisationsApiIT.uniqueName("lastowner");
    String username = account(OrganisationsApiIT.uniqueName("only"));
    assertThat(
            admin
                .post("/api/v1/orgs", "{\"name\":\"" + org + "\",\"owner\":\"" + username + "\"}")
                .status())
        .isEqualTo(201);
    PortalApi owner = PortalApi.as(stack, username, PASSWORD);

    PortalApi.Response demoted =
        owner.patch("/api/v1/orgs/" + org + "/members/" + username, "{\"role\":\"ADMIN\"}");
    PortalApi.Response removed = owner.delete("/api/v1/orgs/" + org + "/members/" + username);

    for (PortalApi.Response refused : new PortalApi.Response[] {demoted, removed}) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(409);
      assertThat(refused.json().get("error").asText()).isEqualTo("last_owner");
      assertThat(refused.json().get("message").asText())
          .contains("last owner")
          .contains("Make another member");
    }
    assertThat(
            owner
                .get("/api/v1/orgs/" + org + "/members")
                .json()
                .get("items")
                .get(0)
                .get("role")
                .asText())
        .isEqualTo("OWNER");
  }

  @Test
  void passwordsFollowTheRulesAndAChangeNeedsTheCurrentOne() {
    PortalApi.Response weak =
        admin.post(
            "/api/v1/users",
            "{\"username\":\""
                + OrganisationsApiIT.uniqueName("weak")
                + "\",\"password\":\"short\"}");
    assertThat(weak.status()).as(weak.body()).isEqualTo(400);
    assertThat(weak.json().get("error").asText()).isEqualTo("weak_password");
    String username = account(OrganisationsApiIT.uniqueName("pw"));
    PortalApi person = PortalApi.as(stack, username, PASSWORD);

    PortalApi.Response wrong =
        person.put(
            "/api/v1/me/password",
            "{\"oldPassword\":\"not my password\",\"newPassword\":\"a brand new passphrase\"}");
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.json().get("error").asText()).isEqualTo("wrong_password");
    assertThat(wrong.json().get("message").asText()).contains("current password is not correct");
    PortalApi.Response tooShort =
        person.put(
            "/api/v1/me/password",
            "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}");
    assertThat(tooShort.json().get("error").asText()).isEqualTo("weak_password");
    PortalApi.Response changed =
        person.put(
            "/api/v1/me/password",
            "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a brand new passphrase\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);

    assertThat(person.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(
            PortalApi.as(stack, username, "a brand new passphrase")
                .get("/api/v1/me")
                .json()
                .get("username")
                .asText())
        .isEqualTo(username);
  }

  @Test
  void aDisabledAccountIsKeptButSignsInNeitherByPasswordNorByToken() {
    String username = account(OrganisationsApiIT.uniqueName("leaver"));
    PortalApi person = PortalApi.as(stack, username, PASSWORD);
    PortalApi.Response token =
        person.post("/api/v1/me/tokens", "{\"name\":\"ci\",\"access\":\"READ\"}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    PortalApi withToken = PortalApi.bearer(stack, token.json().get("secret").asText());
    assertThat(withToken.get("/api/v1/me").status()).isEqualTo(200);

    PortalApi.Response disabled = admin.delete("/api/v1/users/" + username);

    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
    assertThat(admin.get("/api/v1/users/" + username).json().get("disabledAt").isNull()).isFalse();
    assertThat(person.get("/api/v1/me").status()).isEqualTo(401);
    PortalApi.Response refused = withToken.get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("message").asText()).contains("disabled");
    PortalApi.Response self = admin.delete("/api/v1/users/admin");
    assertThat(self.status()).as(self.body()).isEqualTo(409);
    assertThat(self.json().get("error").asText()).isEqualTo("self_lockout");
  }

  @Test
  void aChangeTypeThatDoesNotExistAndARootKeyTypeBelowOneAreRefused() {
    String org = OrganisationsApiIT.uniqueName("types");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    String policy = "/api/v1/orgs/" + org + "/approval-policy";

    PortalApi.Response unknown = admin.put(policy, "{\"approvals\":{\"REKEY_EVERYTHING\":1}}");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.json().get("error").asText()).isEqualTo("invalid_change_type");
    assertThat(unknown.json().get("message").asText())
        .contains("REKEY_EVERYTHING")
        .contains("ADD_SIGNER");
    // The default 0 may be restated (a GET-modify-PUT script does so); once raised, never below 1.
    assertThat(admin.put(policy, "{\"approvals\":{\"INITIALISE_REPOSITORY\":0}}").status())
        .isEqualTo(200);
    assertThat(admin.put(policy, "{\"approvals\":{\"INITIALISE_REPOSITORY\":2}}").status())
        .isEqualTo(200);
    PortalApi.Response lowered = admin.put(policy, "{\"approvals\":{\"INITIALISE_REPOSITORY\":0}}");
    assertThat(lowered.status()).as(lowered.body()).isEqualTo(400);
    assertThat(lowered.json().get("error").asText()).isEqualTo("invalid_approvals");
    PortalApi.Response badPlatform =
        admin.put(
            "/api/v1/platform/attestation-policy", "{\"policy\":\"ANY_AUTHENTICATOR_TESTING\"}");
    assertThat(badPlatform.status()).as(badPlatform.body()).isEqualTo(400);
    assertThat(badPlatform.json().get("error").asText()).isEqualTo("invalid_attestation_policy");
  }

  private String account(String username) {
    PortalApi.Response created =
        admin.post(
            "/api/v1/users",
            "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return username;
  }

  /** Registers a software authenticator with {@code none} attestation, as the options ask. */
  private TestSecurityKey enrol(PortalApi user) throws Exception {
    TestSecurityKey key = new TestSecurityKey(stack);
    PortalApi.Response options = user.post("/api/v1/me/security-keys/registration-options", "");
    assertThat(options.status()).as(options.body()).isEqualTo(200);
    ObjectNode body = JSON.createObjectNode().put("name", "build host key");
    body.set(
        "credential",
        JSON.readTree(key.registerWithoutAttestation(options.json().get("challenge").asText())));
    PortalApi.Response registered = user.post("/api/v1/me/security-keys", body.toString());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    assertThat(user.get("/api/v1/me/security-keys").json().get("total").asInt()).isEqualTo(1);
    return key;
  }

  /** Approves with an assertion over the change's challenge and waits until it is published. */
  private void approve(PortalApi owner, TestSecurityKey key, String org, long id)
      throws InterruptedException {
    String changes = "/api/v1/orgs/" + org + "/changes/" + id;
    PortalApi.Response challenge = owner.get(changes + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    PortalApi.Response approved =
        owner.post(
            changes + "/approvals",
            key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("approvals").get("have").asInt()).isEqualTo(1);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode current = owner.get("/api/v1/changes/" + id).json();
    while (current.get("state").asText().matches("FILED|APPROVED|PUBLISHING")) {
      assertThat(Instant.now()).as("waiting for change: " + current).isBefore(deadline);
      Thread.sleep(200);
      current = owner.get("/api/v1/changes/" + id).json();
    }
    assertThat(current.get("state").asText()).as(current.toString()).isEqualTo("PUBLISHED");
  }
}
