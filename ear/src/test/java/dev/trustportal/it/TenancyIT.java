package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two tenants over HTTP: alice owns A, bob owns B. Each sees only their own organisation; the other
 * one is "not found" (never "forbidden"), roles decide what a member may do, and the last owner
 * cannot be removed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyIT {

  private static final String PASSWORD = "correct horse battery";

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private String alice;
  private String bob;
  private String orgA;
  private String orgB;

  @BeforeAll
  void twoTenants() {
    alice = createUser("alice");
    bob = createUser("bob");
    // The platform admin founds each with its first owner and is a member of neither.
    orgA = TwoTenants.createOrg(admin, "tenant-a", alice);
    orgB = TwoTenants.createOrg(admin, "tenant-b", bob);
  }

  @Test
  void aCreatedUserIsShownWithoutItsPassword() {
    PortalApi.Response created =
        admin.post(
            "/api/v1/users",
            "{\"username\":\""
                + unique("carol")
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"displayName\":\"Carol\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("displayName").asText()).isEqualTo("Carol");
    assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password");
    assertThat(admin.get("/api/v1/users?page=0&size=500").body()).doesNotContain(PASSWORD);
  }

  @Test
  void aDuplicateUsernameIsAConflictAndAShortPasswordIsExplained() {
    PortalApi.Response duplicate =
        admin.post(
            "/api/v1/users", "{\"username\":\"" + alice + "\",\"password\":\"" + PASSWORD + "\"}");
    PortalApi.Response weak =
        admin.post(
            "/api/v1/users", "{\"username\":\"" + unique("dave") + "\",\"password\":\"short\"}");

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("error").asText()).isEqualTo("duplicate_username");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("error").asText()).isEqualTo("weak_password");
    assertThat(weak.json().get("message").asText()).contains("12");
  }

  @Test
  void anOrdinaryUserCannotCreateAccountsOrOrganisations() {
    PortalApi asAlice = PortalApi.as(stack, alice, PASSWORD);

    assertThat(
            asAlice
                .post(
                    "/api/v1/users",
                    "{\"username\":\"" + unique("eve") + "\",\"password\":\"" + PASSWORD + "\"}")
                .status())
        .isEqualTo(403);
    assertThat(asAlice.post("/api/v1/orgs", "{\"name\":\"" + unique("evil") + "\"}").status())
        .isEqualTo(403);
  }

  @Test
  void aMemberListsOnlyTheirOwnOrganisations() {
    JsonNode page = PortalApi.as(stack, alice, PASSWORD).get("/api/v1/orgs?page=0&size=500").json();

    assertThat(names(page)).containsExactly(orgA);
    assertThat(page.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aPlatformAdminListsOnlyTheOrganisationsTheyBelongTo() {
    List<String> listed = new ArrayList<>();
    int page = 0;
    JsonNode current;
    do {
      current = admin.get("/api/v1/orgs?page=" + page++ + "&size=500").json();
      listed.addAll(names(current));
    } while (current.get("items").size() == 500);

    assertThat(listed).doesNotContain(orgA, orgB);
    assertThat(admin.get("/api/v1/orgs/" + orgA).status()).isEqualTo(404);
  }

  @Test
  void anotherTenantsOrganisationIsNotFoundNotForbidden() {
    PortalApi asAlice = PortalApi.as(stack, alice, PASSWORD);

    for (PortalApi.Response response :
        List.of(
            asAlice.get("/api/v1/orgs/" + orgB),
            asAlice.get("/api/v1/orgs/" + orgB + "/members"),
            addMember(asAlice, orgB, alice, "VIEWER"),
            asAlice.delete("/api/v1/orgs/" + orgB + "/members/" + bob))) {
      assertThat(response.status()).as(response.uri().toString()).isEqualTo(404);
      assertThat(response.json().get("error").asText()).isEqualTo("not_found");
      assertThat(response.json().get("message").asText()).doesNotContain(bob);
    }
    // The not-found answer for an existing organisation looks exactly like the one for a missing
    // one.
    String missing = unique("missing");
    assertThat(
            asAlice.get("/api/v1/orgs/" + orgB).json().get("message").asText().replace(orgB, "x"))
        .isEqualTo(
            asAlice
                .get("/api/v1/orgs/" + missing)
                .json()
                .get("message")
                .asText()
                .replace(missing, "x"));
    assertThat(members(PortalApi.as(stack, bob, PASSWORD), orgB)).containsExactly(bob);
  }

  @Test
  void rolesDecideWhatAMemberMayDoAndTheLastOwnerStays() {
    PortalApi asAlice = PortalApi.as(stack, alice, PASSWORD);
    PortalApi asBob = PortalApi.as(stack, bob, PASSWORD);
    String carol = createUser("carol");

    assertThat(addMember(asAlice, orgA, bob, "VIEWER").status()).isEqualTo(201);
    assertThat(members(asBob, orgA)).contains(alice, bob);

    PortalApi.Response viewerAdds = addMember(asBob, orgA, carol, "VIEWER");
    assertThat(viewerAdds.status()).isEqualTo(403);
    assertThat(viewerAdds.json().get("error").asText()).isEqualTo("forbidden");

    PortalApi.Response lastOwner = asAlice.delete("/api/v1/orgs/" + orgA + "/members/" + alice);
    assertThat(lastOwner.status()).isEqualTo(409);
    assertThat(lastOwner.json().get("error").asText()).isEqualTo("last_owner");
    assertThat(lastOwner.json().get("message").asText()).contains("last owner", "approve");
    PortalApi.Response demoted =
        asAlice.patch("/api/v1/orgs/" + orgA + "/members/" + alice, "{\"role\":\"ADMIN\"}");
    assertThat(demoted.status()).isEqualTo(409);
    assertThat(role(orgA, alice)).isEqualTo("OWNER");
    assertThat(members(asAlice, orgA)).contains(alice, bob);
  }

  @Test
  void anOwnerChangesRolesAndRemovesMembers() {
    PortalApi asAlice = PortalApi.as(stack, alice, PASSWORD);
    String frank = createUser("frank");
    assertThat(addMember(asAlice, orgA, frank, "SIGNER").status()).isEqualTo(201);

    PortalApi.Response changed =
        asAlice.patch("/api/v1/orgs/" + orgA + "/members/" + frank, "{\"role\":\"admin\"}");
    PortalApi.Response again = addMember(asAlice, orgA, frank, "VIEWER");
    PortalApi.Response removed = asAlice.delete("/api/v1/orgs/" + orgA + "/members/" + frank);

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("role").asText()).isEqualTo("ADMIN");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("already_member");
    assertThat(removed.status()).isEqualTo(204);
    assertThat(members(asAlice, orgA)).doesNotContain(frank);
  }

  @Test
  void aBadRoleNameOrAnUnknownUserIsExplainedAndChangesNothing() {
    PortalApi asAlice = PortalApi.as(stack, alice, PASSWORD);
    long before =
        asAlice.get("/api/v1/orgs/" + orgA + "/members?size=1").json().get("total").asLong();

    PortalApi.Response badRole = addMember(asAlice, orgA, bob, "superuser");
    PortalApi.Response unknown = addMember(asAlice, orgA, unique("nobody"), "VIEWER");

    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.json().get("error").asText()).isEqualTo("invalid_role");
    assertThat(badRole.json().get("message").asText()).contains("OWNER");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("account");
    assertThat(asAlice.get("/api/v1/orgs/" + orgA + "/members?size=1").json().get("total").asLong())
        .isEqualTo(before);
  }

  private String createUser(String prefix) {
    String name = unique(prefix);
    PortalApi.Response created =
        admin.post(
            "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  private static PortalApi.Response addMember(
      PortalApi api, String org, String username, String role) {
    return api.post(
        "/api/v1/orgs/" + org + "/members",
        "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
  }

  private static List<String> members(PortalApi api, String org) {
    PortalApi.Response response = api.get("/api/v1/orgs/" + org + "/members?page=0&size=500");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().get("items").forEach(item -> names.add(item.get("username").asText()));
    return names;
  }

  private String role(String org, String username) {
    for (JsonNode item :
        PortalApi.as(stack, alice, PASSWORD)
            .get("/api/v1/orgs/" + org + "/members?page=0&size=500")
            .json()
            .get("items")) {
      if (item.get("username").asText().equals(username)) {
        return item.get("role").asText();
      }
    }
    return null;
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.get("items").forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  private static String unique(String prefix) {
    return OrganisationsApiIT.uniqueName(prefix);
  }
}
