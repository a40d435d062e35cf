package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signer requests and signer links on the deployed EAR: a viewer asks for a signer, an admin
 * accepts or declines, the requester follows the outcome, and once the signer is published the
 * token service lets the viewer push to the repository, which the real notary CLI shows.
 */
class SignerRequestsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aViewerAsksAnAdminAcceptsAndTheLinkedViewerThenPublishesToItsDelegation(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "requests");
    String gun = createRepository(org, "team/app");
    String viewer = TwoTenants.createUser(admin, "vera");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    PortalApi vera = PortalApi.as(stack, viewer, PASSWORD);
    KeyPair key = SignerKeyMaterial.p256();

    PortalApi.Response asked =
        vera.post(
            requestsOf(org, "team/app"),
            body("name", "vera", "publicKey", SignerKeyMaterial.publicPem(key)));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    JsonNode request = asked.json();
    long id = request.get("id").asLong();
    assertThat(asked.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/orgs/" + org + "/signer-requests/" + id));
    assertThat(request.get("state").asText()).isEqualTo("PENDING");
    assertThat(request.get("keyId").asText()).isEqualTo(SignerKeyMaterial.keyId(key));
    assertThat(request.get("requestedBy").asText()).isEqualTo(viewer);
    assertThat(mine(vera)).extracting(r -> r.get("id").asLong()).contains(id);

    // Before it is accepted and published, the token service lets the viewer pull only.
    assertThat(granted(viewer, "repository:" + gun + ":push,pull")).containsExactly("pull");

    JsonNode pending = admin.get("/api/v1/orgs/" + org + "/signer-requests?state=PENDING").json();
    assertThat(pending.get("total").asLong()).isEqualTo(1);
    assertThat(pending.get("items").get(0).get("name").asText()).isEqualTo("vera");
    assertThat(pending.has("page") && pending.has("size")).isTrue();

    PortalApi.Response accepted =
        admin.post("/api/v1/orgs/" + org + "/signer-requests/" + id + "/acceptance", "");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("state").asText()).isEqualTo("ACCEPTED");
    long change = accepted.json().get("changeId").asLong();
    admin.awaitPublished(change);
    JsonNode followed =
        mine(vera).stream().filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
    assertThat(followed.get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(followed.get("changeId").asLong()).isEqualTo(change);
    assertThat(followed.get("changeState").asText()).isEqualTo("PUBLISHED");

    JsonNode signers = vera.get("/api/v1/orgs/" + org + "/repositories/team/app/signers").json();
    assertThat(signers.get("total").asLong()).isEqualTo(1);
    assertThat(signers.get("items").get(0).get("name").asText()).isEqualTo("vera");
    assertThat(signers.get("items").get(0).get("account").asText()).isEqualTo(viewer);
    JsonNode trust = vera.get("/api/v1/orgs/" + org + "/repositories/team/app/trust").json();
    assertThat(trust.get("signers").get(0).get("account").asText()).isEqualTo(viewer);

    // Linked, the viewer may push, and signs tags into its own delegation and into
    // targets/releases.
    assertThat(granted(viewer, "repository:" + gun + ":push,pull")).containsExactly("push", "pull");
    assertThat(granted(viewer, "repository:" + gun + ":*")).as("never the wildcard").isEmpty();
    NotaryCli cli =
        withKey(
            NotaryCli.as(stack, work.resolve("vera"), viewer, PASSWORD), work, key, "targets/vera");
    Path tag = NotaryCli.file(work, "v1.txt", "release one");
    cli.run("add", gun, "v1", tag.toString(), "--roles", "targets/vera");
    cli.run("addhash", gun, "v2", "11", "--sha256", "ab".repeat(32), "--roles", "targets/releases");
    cli.run("publish", gun);
    String listed = NotaryCli.member(stack, work.resolve("reader"), gun, "VIEWER").run("list", gun);
    assertThat(listed)
        .contains("v1")
        .contains("targets/vera")
        .contains("v2")
        .contains("targets/releases");
    JsonNode tags =
        vera.get("/api/v1/orgs/" + org + "/repositories/team/app/trust").json().get("tags");
    assertThat(tags)
        .anySatisfy(
            t -> {
              assertThat(t.get("name").asText()).isEqualTo("v1");
              assertThat(t.get("role").asText()).isEqualTo("targets/vera");
              assertThat(t.get("signedBy")).extracting(JsonNode::asText).containsExactly("vera");
              assertThat(t.get("verified").asBoolean()).isTrue();
            });
  }

  @Test
  void aDeclinedRequestShowsTheRequesterWhyAndNothingIsFiled() {
    String org = TwoTenants.createOrg(admin, "declines");
    createRepository(org, "app");
    String signer = TwoTenants.createUser(admin, "sam");
    TwoTenants.addMember(admin, org, signer, "SIGNER");
    PortalApi sam = PortalApi.as(stack, signer, PASSWORD);
    long id =
        sam.post(
                requestsOf(org, "app"),
                body(
                    "name",
                    "sam",
                    "publicKey",
                    SignerKeyMaterial.publicPem(SignerKeyMaterial.p256())))
            .json()
            .get("id")
            .asLong();
    String decline = "/api/v1/orgs/" + org + "/signer-requests/" + id + "/declination";

    refused(admin.post(decline, "{}"), 400, "missing_reason", "reason");
    refused(sam.post(decline, "{\"reason\":\"mine\"}"), 403, "forbidden", "SIGNER");
    PortalApi.Response declined = admin.post(decline, "{\"reason\":\"use the team's CI key\"}");
    assertThat(declined.status()).as(declined.body()).isEqualTo(200);
    refused(
        admin.post("/api/v1/orgs/" + org + "/signer-requests/" + id + "/acceptance", ""),
        409,
        "signer_request_decided",
        "DECLINED");

    JsonNode seen = sam.get("/api/v1/orgs/" + org + "/signer-requests/" + id).json();
    assertThat(seen.get("state").asText()).isEqualTo("DECLINED");
    assertThat(seen.get("reason").asText()).isEqualTo("use the team's CI key");
    assertThat(seen.get("decidedBy").asText()).isEqualTo("admin");
    assertThat(seen.path("changeId").asText(null)).isNull();
    assertThat(admin.get("/api/v1/orgs/" + org + "/changes").json().get("total").asLong()).isZero();
  }

  @Test
  void badKeysUnknownRepositoriesAndOtherOrganisationsAreRefused() {
    String org = TwoTenants.createOrg(admin, "refusals");
    String other = TwoTenants.createOrg(admin, "refusals-other");
    createRepository(org, "app");
    String viewer = TwoTenants.createUser(admin, "viv");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    String outsider = TwoTenants.createUser(admin, "otto");
    TwoTenants.addMember(admin, other, outsider, "OWNER");
    PortalApi viv = PortalApi.as(stack, viewer, PASSWORD);
    PortalApi otto = PortalApi.as(stack, outsider, PASSWORD);

    refused(
        viv.post(
            requestsOf(org, "app"),
            body(
                "name",
                "viv",
                "publicKey",
                SignerKeyMaterial.publicPem(SignerKeyMaterial.generate("RSA", 1024)))),
        400,
        "invalid_signer_key",
        "1024");
    refused(
        viv.post(
            requestsOf(org, "app"),
            body(
                "name",
                "Viv!",
                "publicKey",
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))),
        400,
        "invalid_signer_name",
        "lowercase");
    refused(
        viv.post(
            requestsOf(org, "nothing"),
            body(
                "name", "viv", "publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))),
        404,
        "not_found",
        "nothing");
    refused(viv.get("/api/v1/orgs/" + org + "/signer-requests"), 403, "forbidden", "VIEWER");
    refused(
        admin.get("/api/v1/orgs/" + org + "/signer-requests?state=DONE"),
        400,
        "invalid_state",
        "PENDING");
    assertThat(admin.get("/api/v1/orgs/" + org + "/signer-requests").json().get("total").asLong())
        .isZero();

    long id =
        viv.post(
                requestsOf(org, "app"),
                body(
                    "name",
                    "viv",
                    "publicKey",
                    SignerKeyMaterial.publicPem(SignerKeyMaterial.p256())))
            .json()
            .get("id")
            .asLong();
    refused(
        otto.post(
            requestsOf(org, "app"),
            body(
                "name",
                "otto",
                "publicKey",
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))),
        404,
        "not_found",
        org);
    // Another organisation's request through one's own organisation: not found, not forbidden.
    refused(
        otto.post("/api/v1/orgs/" + other + "/signer-requests/" + id + "/acceptance", ""),
        404,
        "not_found",
        "signer request " + id);
    refused(
        otto.get("/api/v1/orgs/" + other + "/signer-requests/" + id), 404, "not_found", "" + id);
    refused(otto.get("/api/v1/orgs/" + org + "/signer-requests/" + id), 404, "not_found", org);
    assertThat(mine(otto)).isEmpty();
  }

  @Test
  void anAdminLinksASignerItAddsToAMemberAndNoOneElse() throws Exception {
    String org = TwoTenants.createOrg(admin, "links");
    createRepository(org, "app");
    String member = TwoTenants.createUser(admin, "lee");
    TwoTenants.addMember(admin, org, member, "VIEWER");
    String stranger = TwoTenants.createUser(admin, "stranger");
    String signers = "/api/v1/orgs/" + org + "/repositories/app/signers";

    refused(
        admin.post(
            signers,
            body(
                "name",
                "x",
                "publicKey",
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()),
                "username",
                stranger)),
        400,
        "signer_account_not_member",
        "no member");
    PortalApi.Response filed =
        admin.post(
            signers,
            body(
                "name",
                "lee",
                "publicKey",
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()),
                "username",
                member));
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());

    JsonNode listed = admin.get(signers).json().get("items").get(0);
    assertThat(listed.get("name").asText()).isEqualTo("lee");
    assertThat(listed.get("account").asText()).isEqualTo(member);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private String createRepository(String org, String name) {
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("gun").asText();
  }

  private static String requestsOf(String org, String repository) {
    return "/api/v1/orgs/" + org + "/repositories/" + repository + "/signer-requests";
  }

  private static List<JsonNode> mine(PortalApi api) {
    PortalApi.Response response = api.get("/api/v1/me/signer-requests");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    response.json().get("items").forEach(items::add);
    return items;
  }

  /** The actions the token service grants the user for the scope. */
  private List<String> granted(String user, String scope) throws Exception {
    URI uri =
        stack.portal(
            "/service/token?service=notary-server&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String token = JSON.readTree(response.body()).get("token").asText();
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    List<String> actions = new ArrayList<>();
    claims.get("access").get(0).get("actions").forEach(a -> actions.add(a.asText()));
    return actions;
  }

  /** The CLI with a signer's private key imported for a role. */
  private static NotaryCli withKey(NotaryCli cli, Path work, KeyPair key, String role)
      throws Exception {
    Path file =
        NotaryCli.file(
            work, "key-" + System.nanoTime() + ".key", SignerKeyMaterial.privatePem(key));
    cli.run("key", "import", file.toString(), "--role", role);
    return cli;
  }

  private static String body(String... fields) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < fields.length; i += 2) {
      node.put(fields[i], fields[i + 1]);
    }
    return node.toString();
  }

  private static void refused(
      PortalApi.Response response, int status, String code, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("error").asText()).isEqualTo(code);
    assertThat(response.json().get("message").asText()).contains(message);
    assertThat(response.body()).doesNotContain("Exception");
  }
}
