package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Break-glass needs two platform admins, and two means two people: an admin who makes a second
 * account a platform admin on the spot does not get a second person. A platform admin whose role is
 * younger than the cooling-off period (7 days by default) does not count as the second person of a
 * break-glass, and the refusal is in the platform's audit chain.
 */
class TwoPersonRulesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  /** The admin's key, registered once: a second one would need a touch of the first. */
  private static TestSecurityKey adminKey;

  private TestSecurityKey adminKey() {
    if (adminKey == null) {
      adminKey = TestSecurityKey.enrolled(stack, admin, "admin key");
    }
    return adminKey;
  }

  @Test
  void onePlatformAdminWithAFreshSecondAccountCannotApproveABreakGlassTwice() throws Exception {
    long id = breakGlassCase();
    TestSecurityKey adminKey = adminKey();
    // A second account of the attacker's made a platform admin (which another admin approved with a
    // key:
    // PlatformRoleGrantsIT proves that one admin alone cannot) is still too young to be the second
    // person.
    String puppet = TwoTenants.createUser(admin, "puppet");
    PlatformAdmins.give(stack, admin, puppet, "platform-admin");
    PortalApi second = PortalApi.as(stack, puppet, TwoTenants.PASSWORD);
    TestSecurityKey secondKey = TestSecurityKey.enrolled(stack, second, "puppet key");

    approve(admin, adminKey, id);
    PortalApi.Response challenge = second.get(path(id) + "/approval-challenge");
    PortalApi.Response byPuppet =
        challenge.status() == 200
            ? second.post(
                path(id) + "/approvals",
                secondKey.assertion(challenge.json().get("publicKey").get("challenge").asText()))
            : challenge;

    assertThat(byPuppet.status()).as(byPuppet.body()).isEqualTo(403);
    assertThat(admin.get(path(id)).json().get("state").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(
            stack
                .portalSql(
                    "select count(*) from audit_event where organisation is null and action ="
                        + " 'support.break_glass_refused' and actor = '"
                        + puppet
                        + "'")
                .strip())
        .isEqualTo("1");
  }

  @Test
  void aPlatformAdminPastTheCoolingOffCountsAsTheSecondPerson() throws Exception {
    long id = breakGlassCase();
    TestSecurityKey adminKey = adminKey();
    String colleague = TwoTenants.createUser(admin, "colleague");
    PlatformAdmins.give(stack, admin, colleague, "platform-admin");
    // Made a platform admin eight days ago, as far as the portal's records tell.
    stack.portalSql(
        "update platform_role_grant set granted_at = granted_at - interval '8 days' where username"
            + " = '"
            + colleague
            + "'");
    PortalApi second = PortalApi.as(stack, colleague, TwoTenants.PASSWORD);
    TestSecurityKey secondKey = TestSecurityKey.enrolled(stack, second, "colleague key");

    approve(admin, adminKey, id);
    JsonNode approved = approve(second, secondKey, id);

    assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
  }

  /** A break-glass case opened by the platform admin: its organisation has no owner left. */
  private long breakGlassCase() throws Exception {
    String gone = TwoTenants.createUser(admin, "gone");
    String org = TwoTenants.createOrg(admin, "glass", gone);
    PortalApi.Response repo =
        PortalApi.as(stack, gone, TwoTenants.PASSWORD)
            .post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(repo.status()).as(repo.body()).isEqualTo(201);
    stack.portalSql(
        "delete from membership where organisation_id = (select id from organisation where name = '"
            + org
            + "')");
    ObjectNode body =
        JSON.createObjectNode()
            .put("gun", repo.json().get("gun").asText())
            .put("kind", "TARGETS_KEY_ROTATION")
            .put("ticket", "SUP-" + (System.nanoTime() % 100000))
            .put("reason", "The organisation lost its last owner.");
    PortalApi.Response opened = admin.post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("breakGlass").asBoolean()).isTrue();
    return opened.json().get("id").asLong();
  }

  private static JsonNode approve(PortalApi who, TestSecurityKey key, long id) {
    PortalApi.Response challenge = who.get(path(id) + "/approval-challenge");
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
    PortalApi.Response approved =
        who.post(
            path(id) + "/approvals",
            key.assertion(challenge.json().get("publicKey").get("challenge").asText()));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return approved.json();
  }

  private static String path(long id) {
    return "/api/v1/support/cases/" + id;
  }
}
