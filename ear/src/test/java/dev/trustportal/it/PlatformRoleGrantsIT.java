package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two-person rules need two people: a platform admin's password (or token) alone makes no
 * accomplice a platform admin or support staff. Granting a platform role files a request; another
 * platform admin approves it with a security key whose assertion is bound to that request, and only
 * then is the role given. The one who asked and the one who would get it cannot approve; a key
 * within its cooling-off period does not count. Every step is in the platform's audit chain.
 */
class PlatformRoleGrantsIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void anAdminWithOnlyAPasswordCannotMakeAnAccompliceAPlatformAdmin() {
    PlatformAdmins.approver(stack); // the platform has another platform admin, who could approve
    PlatformAdmins.Admin victim = PlatformAdmins.seasoned(stack, "stolen");
    PortalApi stolen = victim.api();
    String accomplice = TwoTenants.createUser(stolen, "accomplice");

    PortalApi.Response granted =
        stolen.patch("/api/v1/users/" + accomplice, "{\"roles\":[\"platform-admin\"]}");

    assertThat(granted.status()).as(granted.body()).isEqualTo(202);
    assertThat(stolen.get("/api/v1/users/" + accomplice).json().get("roles")).isEmpty();
    assertThat(
            PortalApi.as(stack, accomplice, TwoTenants.PASSWORD)
                .get("/api/v1/platform/audit")
                .status())
        .as("the accomplice is no platform admin")
        .isEqualTo(403);
    JsonNode filed = PlatformAdmins.waiting(stolen, accomplice, "platform-admin");
    assertThat(filed.get("state").asText()).isEqualTo("FILED");
    assertThat(filed.get("requestedBy").asText()).isEqualTo(victim.username());
    assertThat(platformActions(accomplice))
        .contains("platform_role.grant_filed")
        .doesNotContain("platform_role.granted");
  }

  @Test
  void aStolenAdminTokenCannotMakeSupportStaff() {
    PlatformAdmins.approver(stack);
    PortalApi admin = PlatformAdmins.seasoned(stack, "tokened").api();
    String secret =
        admin
            .post("/api/v1/me/tokens", "{\"name\":\"ci\",\"access\":\"WRITE\",\"expiresInDays\":7}")
            .json()
            .get("secret")
            .asText();
    String accomplice = TwoTenants.createUser(admin, "agent");

    PortalApi.Response granted =
        PortalApi.bearer(stack, secret).put("/api/v1/users/" + accomplice + "/roles/support", "");

    assertThat(granted.status()).as(granted.body()).isIn(202, 403);
    assertThat(admin.get("/api/v1/users/" + accomplice).json().get("roles")).isEmpty();
    assertThat(
            PortalApi.as(stack, accomplice, TwoTenants.PASSWORD)
                .get("/api/v1/support/repositories/diverged")
                .status())
        .as("the accomplice is no support staff")
        .isEqualTo(403);
  }

  @Test
  void neitherTheAdminWhoAskedNorTheAccountThatWouldGetTheRoleApprovesIt() {
    PlatformAdmins.approver(stack);
    PlatformAdmins.Admin asker = PlatformAdmins.seasoned(stack, "asker");
    PlatformAdmins.Admin grantee = PlatformAdmins.seasoned(stack, "grantee");
    // A platform admin already, the grantee is asked to be support staff too.
    PortalApi.Response asked =
        asker.api().put("/api/v1/users/" + grantee.username() + "/roles/support", "");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    long id = asked.json().get("id").asLong();

    for (PlatformAdmins.Admin own : List.of(asker, grantee)) {
      PortalApi.Response challenge = own.api().get(requestPath(id) + "/approval-challenge");
      assertThat(challenge.status()).as(challenge.body()).isEqualTo(403);
      assertThat(challenge.json().get("error").asText()).isEqualTo("self_approval");
      assertThat(
              own.api().post(requestPath(id) + "/approvals", own.key().assertion("AAAA")).status())
          .isEqualTo(403);
    }
    assertThat(asker.api().get(requestPath(id)).json().get("state").asText()).isEqualTo("FILED");
    assertThat(
            asker.api().get("/api/v1/users/" + grantee.username()).json().get("roles").toString())
        .doesNotContain("support");
  }

  @Test
  void anotherAdminsKeyAssertionBoundToThatRequestGivesTheRoleOnce() {
    PlatformAdmins.Admin second = PlatformAdmins.approver(stack);
    PortalApi asker = PlatformAdmins.seasoned(stack, "asking").api();
    String colleague = TwoTenants.createUser(asker, "colleague");
    String other = TwoTenants.createUser(asker, "other");
    long id =
        asker.put("/api/v1/users/" + colleague + "/roles/support", "").json().get("id").asLong();
    long otherId =
        asker.put("/api/v1/users/" + other + "/roles/support", "").json().get("id").asLong();

    String assertion =
        second
            .key()
            .assertion(
                second
                    .api()
                    .get(requestPath(id) + "/approval-challenge")
                    .json()
                    .get("publicKey")
                    .get("challenge")
                    .asText());
    PortalApi.Response elsewhere =
        second.api().post(requestPath(otherId) + "/approvals", assertion);
    assertThat(elsewhere.status())
        .as("bound to request " + id + ": " + elsewhere.body())
        .isIn(400, 409);
    assertThat(second.api().post(requestPath(id) + "/approvals", "{\"id\":\"nothing\"}").status())
        .isIn(400, 409);

    PortalApi.Response approved = second.api().post(requestPath(id) + "/approvals", assertion);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isEqualTo("GRANTED");
    assertThat(approved.json().get("decidedBy").asText()).isEqualTo(second.username());
    assertThat(asker.get("/api/v1/users/" + colleague).json().get("roles").toString())
        .contains("support");
    assertThat(
            PortalApi.as(stack, colleague, TwoTenants.PASSWORD)
                .get("/api/v1/support/repositories/diverged")
                .status())
        .as("support staff now")
        .isNotEqualTo(403);
    PortalApi.Response replayed = second.api().post(requestPath(id) + "/approvals", assertion);
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(409);
    assertThat(asker.get(requestPath(otherId)).json().get("state").asText()).isEqualTo("FILED");
    assertThat(platformActions(colleague))
        .contains(
            "platform_role.grant_filed", "platform_role.grant_approved", "platform_role.granted");
  }

  @Test
  void aFreshKeyOfAnotherAdminDoesNotApproveWithinItsCoolingOff() {
    PlatformAdmins.approver(stack);
    PortalApi asker = PlatformAdmins.seasoned(stack, "asks").api();
    PlatformAdmins.Admin fresh = PlatformAdmins.seasoned(stack, "fresh");
    // A password thief registers a key on an admin account that had none; it is brand new.
    PortalApi thief = PlatformAdmins.keyless(stack, "keyless").api();
    TestSecurityKey thiefKey = TestSecurityKey.enrolled(stack, thief, "thief key");
    String target = TwoTenants.createUser(asker, "target");
    long id =
        asker.patch("/api/v1/users/" + target, "{\"roles\":[\"platform-admin\"]}").status() == 202
            ? PlatformAdmins.waiting(asker, target, "platform-admin").get("id").asLong()
            : -1;
    assertThat(id).isPositive();

    PortalApi.Response refused =
        thief.post(
            requestPath(id) + "/approvals",
            thiefKey.assertion(
                thief
                    .get(requestPath(id) + "/approval-challenge")
                    .json()
                    .get("publicKey")
                    .get("challenge")
                    .asText()));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains("cooling-off")
        .contains("the platform from");
    assertThat(asker.get(requestPath(id)).json().get("state").asText()).isEqualTo("FILED");
    assertThat(PlatformAdmins.approve(fresh, id).status())
        .as("a key past its cooling-off")
        .isEqualTo(200);
  }

  @Test
  void aRejectedRequestGivesNothing() {
    PlatformAdmins.Admin second = PlatformAdmins.approver(stack);
    PortalApi asker = PlatformAdmins.seasoned(stack, "rejected").api();
    String target = TwoTenants.createUser(asker, "refused");
    long id = asker.put("/api/v1/users/" + target + "/roles/support", "").json().get("id").asLong();

    PortalApi.Response rejected =
        second.api().post(requestPath(id) + "/rejections", "{\"reason\":\"no ticket\"}");

    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
    assertThat(second.api().get(requestPath(id) + "/approval-challenge").status()).isEqualTo(409);
    assertThat(asker.get("/api/v1/users/" + target).json().get("roles")).isEmpty();
    assertThat(platformActions(target)).contains("platform_role.grant_rejected");
  }

  private static String requestPath(long id) {
    return "/api/v1/platform/role-requests/" + id;
  }

  private List<String> platformActions(String target) {
    List<String> actions = new ArrayList<>();
    PortalApi.asAdmin(stack)
        .get("/api/v1/platform/audit?size=500")
        .json()
        .get("items")
        .forEach(
            event -> {
              if (event.get("target").asText().equals(target)) {
                actions.add(event.get("action").asText());
              }
            });
    return actions;
  }
}
