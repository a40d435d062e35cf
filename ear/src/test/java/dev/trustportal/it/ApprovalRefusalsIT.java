package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Approvals the organisation's policy refuses, through the REST API with security keys: after the
 * request's open period, by the owner who filed it while self-approval is off, and with a key whose
 * maker nothing proved while the organisation counts only YubiKeys. None approves anything; the
 * change stays FILED.
 */
class ApprovalRefusalsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void anApprovalAfterTheOpenPeriodIsRefused() throws Exception {
    String org = organisationWithRepository("late");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey key = TestSecurityKey.enrolled(stack, owner, "key");
    policy(owner, org, "{\"approvals\":{\"ADD_SIGNER\":1},\"openHours\":1}");
    long id = file(admin, org, "lena");
    String challenge =
        owner.get(challengePath(org, id)).json().get("publicKey").get("challenge").asText();

    // Two hours later, as far as the request's filing time tells.
    stack.portalSql(
        "update change_request set filed_at = filed_at - interval '2 hours' where id = " + id);
    PortalApi.Response late = owner.post(approvalsPath(org, id), key.assertion(challenge));

    refused(late, 409, "approval_period_over", "was open for approvals until");
    refused(owner.get(challengePath(org, id)), 409, "approval_period_over", "file it again");
    assertThat(state(id)).isEqualTo("FILED");
  }

  @Test
  void theOwnerWhoFiledAChangeCannotApproveItWhileThePolicyForbidsSelfApproval() throws Exception {
    String org = organisationWithRepository("self");
    PortalApi owner = member(org, "OWNER");
    TestSecurityKey key = TestSecurityKey.enrolled(stack, owner, "key");
    policy(owner, org, "{\"approvals\":{\"ADD_SIGNER\":1},\"selfApproval\":false}");
    long id = file(owner, org, "sela");

    refused(
        owner.get(challengePath(org, id)), 403, "self_approval", "another owner must approve it");
    refused(
        owner.post(approvalsPath(org, id), key.assertion("AAAA")),
        403,
        "self_approval",
        "another owner");
    assertThat(state(id)).isEqualTo("FILED");

    // With self-approval on, the same owner may; allowing it is itself approved by another owner's
    // key.
    PortalApi other = member(org, "OWNER");
    TestSecurityKey otherKey = TestSecurityKey.enrolled(stack, other, "other key");
    pastCoolingOff();
    PortalApi.Response filed =
        owner.put("/api/v1/orgs/" + org + "/approval-policy", "{\"selfApproval\":true}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    String policyChange =
        "/api/v1/orgs/" + org + "/approval-policy/changes/" + filed.json().get("id").asLong();
    PortalApi.Response allowed =
        other.post(
            policyChange + "/approvals",
            otherKey.assertion(
                other
                    .get(policyChange + "/approval-challenge")
                    .json()
                    .get("publicKey")
                    .get("challenge")
                    .asText()));
    assertThat(allowed.json().get("state").asText()).as(allowed.body()).isEqualTo("APPLIED");
    String challenge =
        owner.get(challengePath(org, id)).json().get("publicKey").get("challenge").asText();
    PortalApi.Response approved = owner.post(approvalsPath(org, id), key.assertion(challenge));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("approvals").get("have").asInt()).isEqualTo(1);
  }

  @Test
  void anOrganisationAskingForYubiKeysDoesNotCountAKeyWhoseMakerWasNotVerified() throws Exception {
    String org = organisationWithRepository("yubi");
    PortalApi owner = member(org, "OWNER");
    // The test stack accepts any authenticator: this key attested itself, which proves no maker.
    TestSecurityKey key = TestSecurityKey.enrolled(stack, owner, "software key");
    JsonNode listed = owner.get("/api/v1/me/security-keys").json().get("items").get(0);
    assertThat(listed.get("attestationVerified").asBoolean()).isFalse();

    refused(
        owner.put("/api/v1/orgs/" + org + "/approval-policy", "{\"requiredKeys\":\"SOFTWARE\"}"),
        400,
        "invalid_required_keys",
        "use ANY_FIDO2");
    assertThat(
            owner
                .get("/api/v1/orgs/" + org + "/approval-policy")
                .json()
                .get("requiredKeys")
                .asText())
        .isEqualTo("ANY_FIDO2");
    policy(owner, org, "{\"approvals\":{\"ADD_SIGNER\":1},\"requiredKeys\":\"YUBIKEY_ONLY\"}");
    long id = file(admin, org, "yuki");

    String challenge =
        owner.get(challengePath(org, id)).json().get("publicKey").get("challenge").asText();
    refused(
        owner.post(approvalsPath(org, id), key.assertion(challenge)),
        400,
        "assertion_refused",
        "accepts only YubiKeys whose attestation the portal verified");
    assertThat(admin.get("/api/v1/changes/" + id).json().get("approvals").get("have").asInt())
        .isZero();
    assertThat(state(id)).isEqualTo("FILED");
    JsonNode audit = owner.get("/api/v1/orgs/" + org + "/audit?size=50").json().get("items");
    assertThat(audit.toString()).contains("keys counted: YUBIKEY_ONLY");

    // Going back to every key the platform accepts is a weakening: filed, and a key the
    // organisation does
    // not count cannot approve it either.
    PortalApi.Response filed =
        owner.put("/api/v1/orgs/" + org + "/approval-policy", "{\"requiredKeys\":\"ANY_FIDO2\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    PortalApi other = member(org, "OWNER");
    TestSecurityKey otherKey = TestSecurityKey.enrolled(stack, other, "other software key");
    pastCoolingOff();
    String policyChange =
        "/api/v1/orgs/" + org + "/approval-policy/changes/" + filed.json().get("id").asLong();
    refused(
        other.post(
            policyChange + "/approvals",
            otherKey.assertion(
                other
                    .get(policyChange + "/approval-challenge")
                    .json()
                    .get("publicKey")
                    .get("challenge")
                    .asText())),
        400,
        "assertion_refused",
        "accepts only YubiKeys whose attestation the portal verified");
    assertThat(
            owner
                .get("/api/v1/orgs/" + org + "/approval-policy")
                .json()
                .get("requiredKeys")
                .asText())
        .isEqualTo("YUBIKEY_ONLY");
  }

  private String organisationWithRepository(String prefix) {
    String org = TwoTenants.createOrg(admin, prefix);
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return org;
  }

  /**
   * The newest key was registered after the organisation required approvals: it counts once its
   * cooling-off is over (SecurityKeyConfirmationIT proves that rule); here it is over.
   */
  private void pastCoolingOff() throws Exception {
    stack.letKeysCoolOff("id = (select max(id) from security_key)");
  }

  private PortalApi member(String org, String role) {
    String username = TwoTenants.createUser(admin, role.toLowerCase());
    TwoTenants.addMember(admin, org, username, role);
    return PortalApi.as(stack, username, PASSWORD);
  }

  private static void policy(PortalApi owner, String org, String body) {
    PortalApi.Response set = owner.put("/api/v1/orgs/" + org + "/approval-policy", body);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  private static long file(PortalApi filer, String org, String signer) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("name", signer)
            .put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response filed =
        filer.post("/api/v1/orgs/" + org + "/repositories/app/signers", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    assertThat(filed.json().get("state").asText()).isEqualTo("FILED");
    return filed.json().get("id").asLong();
  }

  private String state(long id) {
    JsonNode change = admin.get("/api/v1/changes/" + id).json();
    return change.get("state").asText();
  }

  private static String challengePath(String org, long id) {
    return "/api/v1/orgs/" + org + "/changes/" + id + "/approval-challenge";
  }

  private static String approvalsPath(String org, long id) {
    return "/api/v1/orgs/" + org + "/changes/" + id + "/approvals";
  }

  private static void refused(
      PortalApi.Response response, int status, String code, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("error").asText()).isEqualTo(code);
    assertThat(response.json().get("message").asText()).contains(message);
  }
}
