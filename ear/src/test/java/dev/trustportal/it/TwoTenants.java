package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Two organisations for tenancy tests: A, owned by alice; B, owned by bob, with a viewer (carol)
 * and a repository. The platform admin founded both and belongs to neither. A member of A must
 * never see anything of B: {@link #secretsOfB()} lists what would give B away (the names of B's
 * organisation itself are in every URL and not a secret).
 */
final class TwoTenants {

  static final String PASSWORD = "correct horse battery";

  final String alice;
  final String bob;
  final String carol;
  final String orgA;
  final String orgB;
  final String repoB;
  final String gunB;

  /** A change request of B (adding the signer {@code b-signer} to B's repository). */
  final String changeB;

  private final PortalStack stack;

  private TwoTenants(PortalStack stack) {
    this.stack = stack;
    PortalApi admin = PortalApi.asAdmin(stack);
    alice = createUser(admin, "alice");
    bob = createUser(admin, "bob");
    carol = createUser(admin, "carol");
    // The platform admin founds both with their first owners and is a member of neither.
    orgA = createOrg(admin, "tenant-a", alice);
    orgB = createOrg(admin, "tenant-b", bob);
    addMember(as(bob), orgB, carol, "VIEWER");
    repoB = OrganisationsApiIT.uniqueName("hidden");
    PortalApi.Response created =
        as(bob).post("/api/v1/orgs/" + orgB + "/repositories", "{\"name\":\"" + repoB + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    gunB = created.json().get("gun").asText();
    String signer =
        "{\"name\":\"b-signer\",\"publicKey\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))
            + "}";
    PortalApi.Response filed =
        as(bob).post("/api/v1/orgs/" + orgB + "/repositories/" + repoB + "/signers", signer);
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    changeB = filed.json().get("id").asText();
  }

  static TwoTenants create(PortalStack stack) {
    return new TwoTenants(stack);
  }

  PortalApi as(String user) {
    return PortalApi.as(stack, user, PASSWORD);
  }

  List<String> secretsOfB() {
    return List.of(repoB, gunB, bob, carol);
  }

  /** B's chain, newest first, read by its owner. */
  List<JsonNode> eventsOfB() {
    PortalApi.Response page = as(bob).get("/api/v1/orgs/" + orgB + "/audit?size=500");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    page.json().get("items").forEach(events::add);
    return events;
  }

  /** The targets of the refusals of one actor recorded in B's chain, oldest first. */
  List<String> refusalsInB(String actor) {
    List<String> targets = new ArrayList<>();
    for (JsonNode event : eventsOfB()) {
      if (event.get("action").asText().equals("access.denied")
          && event.get("actor").asText().equals(actor)) {
        assertThat(event.get("outcome").asText()).isEqualTo("DENIED");
        targets.add(0, event.get("target").asText());
      }
    }
    return targets;
  }

  List<String> membersOfB() {
    List<String> names = new ArrayList<>();
    as(bob)
        .get("/api/v1/orgs/" + orgB + "/members?size=500")
        .json()
        .get("items")
        .forEach(
            item -> names.add(item.get("username").asText() + ":" + item.get("role").asText()));
    return names;
  }

  long repositoriesOfB() {
    return as(bob)
        .get("/api/v1/orgs/" + orgB + "/repositories?size=1")
        .json()
        .get("total")
        .asLong();
  }

  /** A new account with {@link #PASSWORD}, its name made unique from the prefix. */
  static String createUser(PortalApi admin, String prefix) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    PortalApi.Response created =
        admin.post(
            "/api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  /** A new organisation whose first owner is the platform admin who creates it. */
  static String createOrg(PortalApi admin, String prefix) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    PortalApi.Response created = admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  /**
   * A new organisation with the named first owner; the platform admin who creates it is no member.
   */
  static String createOrg(PortalApi admin, String prefix, String owner) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    PortalApi.Response created =
        admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\",\"owner\":\"" + owner + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }

  static void addMember(PortalApi api, String org, String username, String role) {
    PortalApi.Response added =
        api.post(
            "/api/v1/orgs/" + org + "/members",
            "{\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }
}
