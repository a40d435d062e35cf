package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The approval policy is trust too: an owner alone, with a password or a WRITE API token, cannot
 * weaken it. A lower count, self-approval allowed, a longer open period or every key counted is
 * filed as a policy change (202) that needs the approvals of the policy as it is, with security
 * keys; a tightening applies at once. Each step is in the organisation's audit chain.
 */
class ApprovalPolicyChangesIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void oneOwnerWithAPasswordOrAWriteTokenCannotWeakenAPolicyOfTwoOwners() {
    String olga = TwoTenants.createUser(admin, "olga");
    String org = TwoTenants.createOrg(admin, "weaken", olga);
    PortalApi owner = PortalApi.as(stack, olga, TwoTenants.PASSWORD);
    assertThat(owner.put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":2}}").status())
        .isEqualTo(200);

    PortalApi.Response lowered = owner.put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":0}}");
    assertThat(lowered.status()).as(lowered.body()).isEqualTo(202);
    assertThat(lowered.json().get("state").asText()).isEqualTo("FILED");
    assertThat(lowered.json().get("approvals").get("need").asInt()).isEqualTo(2);
    assertThat(lowered.json().get("proposed").get("approvals").get("ADD_SIGNER").asInt()).isZero();
    for (String weakening : List.of("{\"selfApproval\":true}", "{\"openHours\":8760}")) {
      PortalApi.Response filed = owner.put(policy(org), weakening);
      assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    }
    String secret =
        owner
            .post(
                "/api/v1/me/tokens",
                "{\"name\":\"script\",\"access\":\"WRITE\",\"expiresInDays\":7}")
            .json()
            .get("secret")
            .asText();
    PortalApi.Response byToken =
        PortalApi.bearer(stack, secret).put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":0}}");
    assertThat(byToken.status()).as(byToken.body()).isIn(202, 403);

    JsonNode now = owner.get(policy(org)).json();
    assertThat(now.get("approvals").get("ADD_SIGNER").asInt()).isEqualTo(2);
    assertThat(now.get("selfApproval").asBoolean()).isFalse();
    assertThat(now.get("openHours").asInt()).isEqualTo(168);
    assertThat(actions(owner, org)).contains("approval_policy.change_filed");
  }

  @Test
  void aTightenedPolicyAppliesAtOnce() {
    String olga = TwoTenants.createUser(admin, "olga");
    String org = TwoTenants.createOrg(admin, "tighten", olga);
    PortalApi owner = PortalApi.as(stack, olga, TwoTenants.PASSWORD);
    assertThat(
            owner
                .put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":1},\"selfApproval\":true}")
                .status())
        .isEqualTo(200);

    PortalApi.Response tightened =
        owner.put(
            policy(org),
            "{\"approvals\":{\"ADD_SIGNER\":3},\"selfApproval\":false,\"openHours\":12,\"requiredKeys\":\"YUBIKEY_ONLY\"}");

    assertThat(tightened.status()).as(tightened.body()).isEqualTo(200);
    JsonNode now = owner.get(policy(org)).json();
    assertThat(now.get("approvals").get("ADD_SIGNER").asInt()).isEqualTo(3);
    assertThat(now.get("selfApproval").asBoolean()).isFalse();
    assertThat(now.get("openHours").asInt()).isEqualTo(12);
    assertThat(now.get("requiredKeys").asText()).isEqualTo("YUBIKEY_ONLY");
  }

  @Test
  void aLoweredPolicyAppliesOnlyAfterTheOwnersApproveWithTheirKeys() {
    String olga = TwoTenants.createUser(admin, "olga");
    String org = TwoTenants.createOrg(admin, "lower", olga);
    PortalApi first = PortalApi.as(stack, olga, TwoTenants.PASSWORD);
    PortalApi second = owner(first, org);
    PortalApi third = owner(first, org);
    TestSecurityKey firstKey = TestSecurityKey.enrolled(stack, first, "first key");
    TestSecurityKey secondKey = TestSecurityKey.enrolled(stack, second, "second key");
    TestSecurityKey thirdKey = TestSecurityKey.enrolled(stack, third, "third key");
    assertThat(first.put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":2}}").status())
        .isEqualTo(200);

    PortalApi.Response filed = first.put(policy(org), "{\"approvals\":{\"ADD_SIGNER\":0}}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    long id = filed.json().get("id").asLong();
    assertThat(second.get(policy(org) + "/changes").json().get(0).get("id").asLong()).isEqualTo(id);

    PortalApi.Response own = first.get(challenge(org, id));
    assertThat(own.status()).as(own.body()).isEqualTo(403);
    assertThat(own.json().get("error").asText()).isEqualTo("self_approval");
    assertThat(first.post(approvals(org, id), firstKey.assertion("AAAA")).status()).isEqualTo(403);

    PortalApi.Response one =
        second.post(
            approvals(org, id),
            secondKey.assertion(
                second.get(challenge(org, id)).json().get("publicKey").get("challenge").asText()));
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json().get("state").asText()).isEqualTo("FILED");
    assertThat(one.json().get("approvals").get("have").asInt()).isEqualTo(1);
    assertThat(first.get(policy(org)).json().get("approvals").get("ADD_SIGNER").asInt())
        .isEqualTo(2);

    PortalApi.Response two =
        third.post(
            approvals(org, id),
            thirdKey.assertion(
                third.get(challenge(org, id)).json().get("publicKey").get("challenge").asText()));
    assertThat(two.status()).as(two.body()).isEqualTo(200);
    assertThat(two.json().get("state").asText()).isEqualTo("APPLIED");
    assertThat(first.get(policy(org)).json().get("approvals").get("ADD_SIGNER").asInt()).isZero();
    assertThat(actions(first, org))
        .contains(
            "approval_policy.change_filed",
            "approval_policy.approval_signed",
            "approval_policy.change_applied",
            "approval_policy.changed");
  }

  @Test
  void anOwnerRejectsAPolicyChangeWithAReason() {
    String olga = TwoTenants.createUser(admin, "olga");
    String org = TwoTenants.createOrg(admin, "refuse", olga);
    PortalApi first = PortalApi.as(stack, olga, TwoTenants.PASSWORD);
    PortalApi second = owner(first, org);
    assertThat(first.put(policy(org), "{\"approvals\":{\"SET_THRESHOLD\":1}}").status())
        .isEqualTo(200);
    long id = first.put(policy(org), "{\"selfApproval\":true}").json().get("id").asLong();

    PortalApi.Response rejected =
        second.post(
            policy(org) + "/changes/" + id + "/rejections", "{\"reason\":\"we keep four eyes\"}");

    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
    assertThat(first.get(policy(org)).json().get("selfApproval").asBoolean()).isFalse();
    assertThat(actions(first, org)).contains("approval_policy.change_rejected");
    assertThat(
            PortalApi.as(stack, TwoTenants.createUser(admin, "eve"), TwoTenants.PASSWORD)
                .get(policy(org) + "/changes/" + id)
                .status())
        .isEqualTo(404);
  }

  private PortalApi owner(PortalApi firstOwner, String org) {
    String username = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(firstOwner, org, username, "OWNER");
    return PortalApi.as(stack, username, TwoTenants.PASSWORD);
  }

  private static List<String> actions(PortalApi owner, String org) {
    List<String> actions = new ArrayList<>();
    owner
        .get("/api/v1/orgs/" + org + "/audit?size=100")
        .json()
        .get("items")
        .forEach(event -> actions.add(event.get("action").asText()));
    return actions;
  }

  private static String policy(String org) {
    return "/api/v1/orgs/" + org + "/approval-policy";
  }

  private static String challenge(String org, long id) {
    return policy(org) + "/changes/" + id + "/approval-challenge";
  }

  private static String approvals(String org, long id) {
    return policy(org) + "/changes/" + id + "/approvals";
  }
}
