package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Personal and robot API tokens on the deployed EAR: created with a password, used as Bearer or as
 * a Basic password, held to their scope (read-only, one organisation, some repositories), and
 * refused with a JSON 401 that says why once revoked, expired or malformed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensIT {

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private PortalApi bob;

  @BeforeAll
  void twoTenants() {
    tenants = TwoTenants.create(stack);
    bob = tenants.as(tenants.bob);
  }

  @Test
  void aPersonalTokenListsRepositoriesAsBearerAndTheSecretIsShownOnlyOnce() throws Exception {
    JsonNode created = create(bob, "/api/v1/me/tokens", "laptop", null, "READ");
    String secret = created.get("secret").asText();
    assertThat(secret).matches("tp_[0-9]+_[A-Za-z0-9_-]{43}");
    assertThat(created.get("token").get("principal").asText()).isEqualTo(tenants.bob);

    PortalApi.Response repositories = PortalApi.bearer(stack, secret).get(repositoriesOfB());
    assertThat(repositories.status()).as(repositories.body()).isEqualTo(200);
    assertThat(repositories.body()).contains(tenants.repoB);

    PortalApi.Response list = bob.get("/api/v1/me/tokens");
    assertThat(list.status()).isEqualTo(200);
    JsonNode listed = list.json().get("items").get(0);
    assertThat(listed.get("name").asText()).isEqualTo("laptop");
    assertThat(listed.get("lastUsedAt").isNull()).as("last use recorded").isFalse();
    // tp_<id>_<random>: the random part is base64url and may itself hold '_'.
    assertThat(list.body())
        .contains("laptop")
        .doesNotContain(secret)
        .doesNotContain(secret.split("_", 3)[2]);
    assertThat(
            stack.portalSql(
                "select secret_hash from api_token where id = " + created.get("token").get("id")))
        .doesNotContain(secret.split("_", 3)[2])
        .hasSize(64);
  }

  @Test
  void aReadOnlyTokenIsRefusedChangesWithAClearMessage() {
    String secret = create(bob, "/api/v1/me/tokens", "reader", null, "READ").get("secret").asText();
    PortalApi.Response post =
        PortalApi.bearer(stack, secret)
            .post(repositoriesOfB(), "{\"name\":\"" + OrganisationsApiIT.uniqueName("ro") + "\"}");
    assertThat(post.status()).as(post.body()).isEqualTo(403);
    assertThat(post.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(post.json().get("message").asText()).contains("read-only");
    assertThat(tenants.repositoriesOfB()).isEqualTo(1);
  }

  @Test
  void aTokenOfOneOrganisationFindsNoOther() {
    String alice = tenants.alice;
    // alice is owner of A only; bob joins A too, so that only the token's scope keeps him out of
    // it.
    PortalApi.Response joined =
        tenants
            .as(alice)
            .post(
                "/api/v1/orgs/" + tenants.orgA + "/members",
                "{\"username\":\"" + tenants.bob + "\",\"role\":\"VIEWER\"}");
    assertThat(joined.status()).as(joined.body()).isIn(201, 409);
    String secret =
        create(
                bob,
                "/api/v1/me/tokens",
                "only-b",
                "\"organisation\":\"" + tenants.orgB + "\"",
                "WRITE")
            .get("secret")
            .asText();
    PortalApi token = PortalApi.bearer(stack, secret);

    assertThat(token.get(repositoriesOfB()).status()).isEqualTo(200);
    PortalApi.Response other = token.get("/api/v1/orgs/" + tenants.orgA + "/repositories");
    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(other.json().get("error").asText()).isEqualTo("not_found");
    assertThat(token.get("/api/v1/orgs/" + tenants.orgA).status()).isEqualTo(404);
    PortalApi.Response orgs = token.get("/api/v1/orgs");
    assertThat(orgs.body()).contains(tenants.orgB).doesNotContain(tenants.orgA);
    // Without the token, bob reaches A.
    assertThat(bob.get("/api/v1/orgs/" + tenants.orgA + "/repositories").status()).isEqualTo(200);
  }

  @Test
  void aTokenOfSomeRepositoriesReadsNoOther() {
    String secret =
        create(
                bob,
                "/api/v1/me/tokens",
                "one-repo",
                "\"organisation\":\""
                    + tenants.orgB
                    + "\",\"repositories\":[\""
                    + tenants.repoB
                    + "\"]",
                "READ")
            .get("secret")
            .asText();
    PortalApi token = PortalApi.bearer(stack, secret);
    assertThat(token.get(repositoriesOfB() + "/" + tenants.repoB).status()).isEqualTo(200);
    PortalApi.Response other = token.get(repositoriesOfB() + "/elsewhere");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().get("message").asText()).contains("other repositories");
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() {
    JsonNode created = create(bob, "/api/v1/me/tokens", "short-lived", null, "READ");
    PortalApi token = PortalApi.bearer(stack, created.get("secret").asText());
    assertThat(token.get(repositoriesOfB()).status()).isEqualTo(200);

    assertThat(bob.delete("/api/v1/me/tokens/" + created.get("token").get("id")).status())
        .isEqualTo(204);

    PortalApi.Response refused = token.get(repositoriesOfB());
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(refused.json().get("message").asText()).contains("revoked");
    assertThat(bob.get("/api/v1/me/tokens").body()).doesNotContain("short-lived");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    JsonNode created = create(bob, "/api/v1/me/tokens", "expiring", null, "READ");
    stack.portalSql(
        "update api_token set expires_at = now() - interval '1 second' where id = "
            + created.get("token").get("id"));
    PortalApi.Response refused =
        PortalApi.bearer(stack, created.get("secret").asText()).get(repositoriesOfB());
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("message").asText()).contains("expired");
  }

  @Test
  void malformedOrTamperedTokensAreRefusedWithJson() {
    String secret =
        create(bob, "/api/v1/me/tokens", "tampered", null, "READ").get("secret").asText();
    String tampered = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
    List<String> presented =
        List.of("not-a-token", "tp_1_short", tampered, "tp_999999999_" + "A".repeat(43));
    List<String> messages = new ArrayList<>();
    for (String token : presented) {
      PortalApi.Response refused = PortalApi.bearer(stack, token).get(repositoriesOfB());
      assertThat(refused.status()).as(token).isEqualTo(401);
      messages.add(refused.json().get("message").asText());
    }
    assertThat(messages.get(0)).contains("expected tp_");
    assertThat(messages.get(2)).isEqualTo("The API token is not valid.");
    assertThat(messages.get(3)).isEqualTo("The API token is not valid.");
    assertThat(PortalApi.withAuthorization(stack, "Bearer ").get(repositoriesOfB()).status())
        .isEqualTo(401);
  }

  @Test
  void aRobotTokenActsInItsOrganisationOnly() {
    JsonNode created =
        create(bob, "/api/v1/orgs/" + tenants.orgB + "/robot-tokens", "ci-build", null, "WRITE");
    String principal = created.get("token").get("principal").asText();
    assertThat(principal).isEqualTo("robot$" + tenants.orgB + "$ci-build");
    PortalApi robot = PortalApi.bearer(stack, created.get("secret").asText());

    assertThat(robot.get(repositoriesOfB()).json().toString()).contains(tenants.repoB);
    assertThat(robot.get("/api/v1/orgs").body()).contains(tenants.orgB);
    assertThat(robot.get("/api/v1/orgs/" + tenants.orgA + "/repositories").status()).isEqualTo(404);
    // A robot signs at most: it manages no members, and no tokens.
    assertThat(
            robot
                .post(
                    "/api/v1/orgs/" + tenants.orgB + "/members",
                    "{\"username\":\"" + tenants.alice + "\",\"role\":\"OWNER\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            robot
                .post(
                    "/api/v1/orgs/" + tenants.orgB + "/robot-tokens",
                    "{\"name\":\"again\",\"access\":\"WRITE\"}")
                .status())
        .isEqualTo(403);
    assertThat(bob.get("/api/v1/orgs/" + tenants.orgB + "/robot-tokens").body())
        .contains("ci-build")
        .doesNotContain(created.get("secret").asText());
    assertThat(tenants.eventsOfB())
        .anySatisfy(
            event -> {
              assertThat(event.get("action").asText()).isEqualTo("token.created");
              assertThat(event.get("detail").asText())
                  .contains(principal)
                  .doesNotContain(created.get("secret").asText());
            });
    // Another organisation's owner neither sees nor creates B's robots.
    assertThat(
            tenants
                .as(tenants.alice)
                .get("/api/v1/orgs/" + tenants.orgB + "/robot-tokens")
                .status())
        .isEqualTo(404);
    // A viewer of B may not manage them.
    assertThat(
            tenants
                .as(tenants.carol)
                .get("/api/v1/orgs/" + tenants.orgB + "/robot-tokens")
                .status())
        .isEqualTo(403);
  }

  @Test
  void aTokenWorksAsTheBasicPasswordOfItsOwnUsernameOnly() {
    String secret =
        create(bob, "/api/v1/me/tokens", "notary-client", null, "READ").get("secret").asText();
    assertThat(PortalApi.as(stack, tenants.bob, secret).get(repositoriesOfB()).status())
        .isEqualTo(200);
    PortalApi.Response wrongUser =
        PortalApi.as(stack, tenants.alice, secret).get(repositoriesOfB());
    assertThat(wrongUser.status()).isEqualTo(401);
    assertThat(wrongUser.json().get("message").asText())
        .contains("does not belong to this username");

    JsonNode robot =
        create(bob, "/api/v1/orgs/" + tenants.orgB + "/robot-tokens", "ci-basic", null, "READ");
    PortalApi.Response asRobot =
        PortalApi.as(
                stack, robot.get("token").get("principal").asText(), robot.get("secret").asText())
            .get(repositoriesOfB());
    assertThat(asRobot.status()).as(asRobot.body()).isEqualTo(200);
  }

  @Test
  void badRequestsCreateNothingAndSayWhatIsExpected() {
    PortalApi.Response tooLong =
        bob.post("/api/v1/me/tokens", "{\"name\":\"x\",\"access\":\"READ\",\"expiresInDays\":400}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("message").asText()).contains("1 to 365 days");
    PortalApi.Response badAccess =
        bob.post("/api/v1/me/tokens", "{\"name\":\"x\",\"access\":\"ADMIN\"}");
    assertThat(badAccess.status()).isEqualTo(400);
    assertThat(badAccess.json().get("message").asText()).contains("READ or WRITE");
    PortalApi.Response foreign =
        tenants
            .as(tenants.alice)
            .post(
                "/api/v1/me/tokens",
                "{\"name\":\"x\",\"access\":\"READ\",\"organisation\":\"" + tenants.orgB + "\"}");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(tenants.as(tenants.alice).get("/api/v1/me/tokens").json().get("items")).isEmpty();
  }

  @Test
  void tokensCannotMintTokens() {
    String secret =
        create(bob, "/api/v1/me/tokens", "writer", null, "WRITE").get("secret").asText();
    PortalApi.Response minted =
        PortalApi.bearer(stack, secret)
            .post("/api/v1/me/tokens", "{\"name\":\"child\",\"access\":\"WRITE\"}");
    assertThat(minted.status()).isEqualTo(403);
    assertThat(minted.json().get("message").asText()).contains("cannot create or revoke");
  }

  private String repositoriesOfB() {
    return "/api/v1/orgs/" + tenants.orgB + "/repositories";
  }

  private static JsonNode create(
      PortalApi api, String path, String name, String extra, String access) {
    String body =
        "{\"name\":\""
            + name
            + "\",\"access\":\""
            + access
            + "\",\"expiresInDays\":7"
            + (extra == null ? "" : "," + extra)
            + "}";
    PortalApi.Response created = api.post(path, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }
}
