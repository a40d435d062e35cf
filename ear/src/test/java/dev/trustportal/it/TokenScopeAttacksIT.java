package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A stolen API token reaches no more than its scope names: a token of one repository reads and
 * touches no other repository's changes or support cases, a token of one organisation lists nothing
 * of another, an encoded path does not slip past the scope, and no token changes what guards the
 * account and the organisation (security keys, password, tokens, approval policy). And an uploaded
 * key file cannot make the server derive keys for hours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenScopeAttacksIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private String orgB;
  private String orgC;
  private PortalApi bob;
  private PortalApi vic;
  private String vicName;
  private long changeOfOther;
  private long caseOfOther;
  private long caseOfC;
  private long requestOfOther;
  private PortalApi appToken;

  @BeforeAll
  void twoOrganisationsWithRepositoriesChangesCasesAndSignerRequests() {
    String bobName = TwoTenants.createUser(admin, "bob");
    vicName = TwoTenants.createUser(admin, "vic");
    orgB = TwoTenants.createOrg(admin, "scope-b", bobName);
    orgC = TwoTenants.createOrg(admin, "scope-c", bobName);
    bob = PortalApi.as(stack, bobName, PASSWORD);
    vic = PortalApi.as(stack, vicName, PASSWORD);
    String gunOther = createRepository(orgB, "other");
    createRepository(orgB, "app");
    String gunC = createRepository(orgC, "c-app");
    TwoTenants.addMember(bob, orgB, vicName, "VIEWER");
    TwoTenants.addMember(bob, orgC, vicName, "VIEWER");
    changeOfOther = fileSigner(orgB, "other", "other-signer");
    fileSigner(orgB, "app", "app-signer");
    askToSign(orgB, "app", "vic-b");
    askToSign(orgC, "c-app", "vic-c");
    requestOfOther = askToSign(orgB, "other", "vic-other");
    String agentName = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agentName, "support");
    PortalApi agent = PortalApi.as(stack, agentName, PASSWORD);
    caseOfOther = openCase(agent, gunOther);
    caseOfC = openCase(agent, gunC);
    appToken =
        PortalApi.bearer(
            stack, token(bob, "\"organisation\":\"" + orgB + "\",\"repositories\":[\"app\"]"));
  }

  @Test
  void aRepositoryTokenDoesNotListAnotherRepositorysChanges() {
    PortalApi.Response filtered =
        appToken.get("/api/v1/orgs/" + orgB + "/changes?repository=other");
    PortalApi.Response all = appToken.get("/api/v1/orgs/" + orgB + "/changes?size=100");

    assertThat(filtered.status()).as(filtered.body()).isEqualTo(404);
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(repositoriesOf(all.json().get("items")))
        .isNotEmpty()
        .allMatch(gun -> gun.endsWith("/app"));
  }

  @Test
  void aRepositoryTokenDoesNotReadAnotherRepositorysChange() {
    PortalApi.Response change = appToken.get("/api/v1/changes/" + changeOfOther);

    assertThat(change.status()).as(change.body()).isEqualTo(404);
  }

  @Test
  void aRepositoryTokenDoesNotCancelAnotherRepositorysSupportCase() {
    PortalApi.Response cancelled =
        appToken.post(
            "/api/v1/support/cases/" + caseOfOther + "/cancellation",
            "{\"reason\":\"cancelled by a stolen token of another repository\"}");

    // 403: a token of some repositories changes nothing but those repositories' trust
    // (TokenScopeRules).
    assertThat(cancelled.status()).as(cancelled.body()).isIn(403, 404);
    assertThat(bob.get("/api/v1/support/cases/" + caseOfOther).json().get("state").asText())
        .isEqualTo("AWAITING_APPROVAL");
    assertThat(appToken.get("/api/v1/support/cases").json().get("items").toString())
        .doesNotContain("/other");
  }

  @Test
  void aRepositoryTokenDoesNotSeeOrDecideAnotherRepositorysSignerRequests() {
    String requests = "/api/v1/orgs/" + orgB + "/signer-requests";

    PortalApi.Response listed = appToken.get(requests + "?size=100");
    PortalApi.Response read = appToken.get(requests + "/" + requestOfOther);
    PortalApi.Response accepted =
        appToken.post(requests + "/" + requestOfOther + "/acceptance", "");
    PortalApi.Response declined =
        appToken.post(
            requests + "/" + requestOfOther + "/declination",
            "{\"reason\":\"declined by a stolen token of another repository\"}");
    PortalApi vicOfApp =
        PortalApi.bearer(
            stack, token(vic, "\"organisation\":\"" + orgB + "\",\"repositories\":[\"app\"]"));
    PortalApi.Response mine = vicOfApp.get("/api/v1/me/signer-requests?size=100");

    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).contains("vic-b").doesNotContain("vic-other");
    assertThat(read.status()).as(read.body()).isEqualTo(404);
    assertThat(accepted.status()).as(accepted.body()).isIn(403, 404);
    assertThat(declined.status()).as(declined.body()).isIn(403, 404);
    assertThat(bob.get(requests + "/" + requestOfOther).json().get("state").asText())
        .isEqualTo("PENDING");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains("vic-b").doesNotContain("vic-other");
  }

  @Test
  void anOrganisationTokenListsNoOtherOrganisationsCasesOrSignerRequests() {
    PortalApi onlyB = PortalApi.bearer(stack, token(vic, "\"organisation\":\"" + orgB + "\""));

    PortalApi.Response cases = onlyB.get("/api/v1/support/cases?size=100");
    PortalApi.Response requests = onlyB.get("/api/v1/me/signer-requests?size=100");

    assertThat(cases.status()).as(cases.body()).isEqualTo(200);
    assertThat(cases.body()).doesNotContain(orgC);
    assertThat(requests.status()).as(requests.body()).isEqualTo(200);
    assertThat(requests.body()).contains("vic-b").doesNotContain("vic-c").doesNotContain(orgC);
    assertThat(onlyB.get("/api/v1/support/cases/" + caseOfC).status()).isEqualTo(404);
    // Without the token, vic sees both.
    assertThat(vic.get("/api/v1/me/signer-requests?size=100").body()).contains("vic-c");
  }

  @Test
  void aRepositoryTokenReadsNoneOfTheOrganisationsWebhooksAndTouchesNone() throws Exception {
    String hooks = "/api/v1/orgs/" + orgB + "/webhooks";
    String url = "http://127.0.0.1:" + WebhookReceiver.freePort() + "/hook-of-b";
    PortalApi.Response created = bob.post(hooks, WebhooksIT.hook(url, "change.published"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String hook = hooks + "/" + created.json().get("webhook").get("id").asText();
    assertThat(bob.call("POST", hook + "/test-events", null).status()).isEqualTo(202);

    List<PortalApi.Response> refused =
        List.of(
            appToken.get(hooks),
            appToken.get(hook + "/deliveries"),
            appToken.post(hooks, WebhooksIT.hook("https://ci.example.com/stolen", "change.filed")),
            appToken.call("POST", hook + "/test-events", null),
            appToken.delete(hook));

    for (PortalApi.Response answer : refused) {
      assertThat(answer.status()).as(answer.uri() + ": " + answer.body()).isEqualTo(403);
      assertThat(answer.json().get("error").asText())
          .as(answer.uri().toString())
          .isEqualTo("forbidden");
      assertThat(answer.json().get("message").asText())
          .as(answer.uri().toString())
          .contains("scoped to some repositories");
      assertThat(answer.body()).as(answer.uri().toString()).doesNotContain("hook-of-b");
    }
    assertThat(bob.get(hooks).body()).contains("hook-of-b").doesNotContain("stolen");
  }

  /**
   * The expiry radar lists every repository of the organisation with its roles and their signers: a
   * token of some repositories reads none of it.
   */
  @Test
  void aRepositoryTokenDoesNotReadTheOrganisationsExpiryRadar() {
    String radar = "/api/v1/orgs/" + orgB + "/expiry-radar";
    assertThat(bob.get(radar).status()).isEqualTo(200);
    PortalApi.Response answer = appToken.get(radar);
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.json().get("message").asText()).contains("scoped to some repositories");
    assertThat(answer.body()).doesNotContain("other");
  }

  @Test
  void aReadOnlyOrganisationTokenListsWebhooksButRegistersTestsOrDeletesNone() throws Exception {
    String hooks = "/api/v1/orgs/" + orgB + "/webhooks";
    String url = "http://127.0.0.1:" + WebhookReceiver.freePort() + "/hook-read";
    PortalApi.Response created = bob.post(hooks, WebhooksIT.hook(url, "change.published"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String hook = hooks + "/" + created.json().get("webhook").get("id").asText();
    PortalApi reader = PortalApi.bearer(stack, readToken(bob, orgB));
    PortalApi viewerWriter =
        PortalApi.bearer(stack, token(vic, "\"organisation\":\"" + orgB + "\""));

    assertThat(reader.get(hooks).status()).isEqualTo(200);
    assertThat(reader.get(hook + "/deliveries").status()).isEqualTo(200);
    for (PortalApi.Response answer :
        List.of(
            reader.post(hooks, WebhooksIT.hook("https://ci.example.com/read", "change.filed")),
            reader.call("POST", hook + "/test-events", null),
            reader.delete(hook),
            viewerWriter.get(hooks),
            viewerWriter.post(hooks, WebhooksIT.hook("https://ci.example.com/vic", "change.filed")),
            viewerWriter.delete(hook))) {
      assertThat(answer.status()).as(answer.uri() + ": " + answer.body()).isEqualTo(403);
    }
    assertThat(bob.get(hooks).body())
        .contains("hook-read")
        .doesNotContain("/read\"")
        .doesNotContain("/vic");
  }

  @Test
  void anEncodedPathDoesNotSlipPastTheRepositoryScope() {
    String[] disguises = {
      "/api/v1/%6frgs/" + orgB + "/repositories/other",
      "/api/v1/orgs;x=1/" + orgB + "/repositories/other",
      "/api/v1/orgs/" + orgB + "/repositories/app/../other",
      "/api/v1/orgs/" + orgB + "/repositories/app/%2e%2e/other",
    };
    for (String path : disguises) {
      WebClient.Answer read =
          WebClient.of(stack)
              .header("Authorization", appToken.authorizationHeader())
              .get(path + "/trust");
      assertThat(read.status()).as(path + ": " + read).isIn(400, 403, 404);
      WebClient.Answer write =
          WebClient.of(stack)
              .header("Authorization", appToken.authorizationHeader())
              .postJson(path + "/signers", signerBody("sneaked"));
      assertThat(write.status()).as(path + ": " + write).isIn(400, 403, 404);
    }
    assertThat(bob.get("/api/v1/orgs/" + orgB + "/changes?repository=other&size=100").body())
        .doesNotContain("sneaked");
  }

  @Test
  void noTokenChangesWhatGuardsTheAccountOrTheOrganisation() {
    PortalApi writer = PortalApi.bearer(stack, token(bob, null));

    PortalApi.Response keyOptions =
        writer.post("/api/v1/me/security-keys/registration-options", "{}");
    PortalApi.Response key = writer.post("/api/v1/me/security-keys", "{}");
    PortalApi.Response password =
        writer.put(
            "/api/v1/me/password",
            "{\"oldPassword\":\"" + PASSWORD + "\",\"newPassword\":\"taken over by a token\"}");
    PortalApi.Response policy =
        writer.put("/api/v1/orgs/" + orgB + "/approval-policy", "{\"approvals\":{}}");
    PortalApi.Response robot =
        writer.post(
            "/api/v1/orgs/" + orgB + "/robot-tokens",
            "{\"name\":\"ci\",\"access\":\"WRITE\",\"expiresInDays\":7}");

    for (PortalApi.Response refused : List.of(keyOptions, key, password, policy, robot)) {
      assertThat(refused.status()).as(refused.uri() + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.json().get("message").asText())
          .as(refused.uri().toString())
          .contains("token");
    }
    assertThat(bob.get("/api/v1/me").status()).as("the password is unchanged").isEqualTo(200);
  }

  @Test
  void aKeyFileWithAHugePbkdf2IterationCountIsRefusedAtOnce() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "huge-count");
    body.put("rootKey", encryptedKeyWithIterations(20_000_000));
    body.put("rootPassphrase", "any passphrase");
    body.put("targetsKey", encryptedKeyWithIterations(20_000_000));
    body.put("targetsPassphrase", "any passphrase");

    Instant start = Instant.now();
    PortalApi.Response refused =
        bob.post("/api/v1/orgs/" + orgB + "/repository-imports", body.toString());
    Duration took = Duration.between(start, Instant.now());

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("20000000 PBKDF2 iterations");
    // 20 million iterations take minutes; the bound answers at once (allowing for a loaded
    // machine).
    assertThat(took).as("answered after " + took).isLessThan(Duration.ofSeconds(10));
  }

  /**
   * An ENCRYPTED PRIVATE KEY block (PBES2, as notary writes it) whose PBKDF2 count is the given
   * one.
   */
  private static String encryptedKeyWithIterations(int iterations) throws Exception {
    byte[] salt = new byte[8];
    new SecureRandom().nextBytes(salt);
    var kdf =
        new org.bouncycastle.asn1.pkcs.KeyDerivationFunc(
            org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_PBKDF2,
            new org.bouncycastle.asn1.pkcs.PBKDF2Params(salt, iterations));
    var scheme =
        new org.bouncycastle.asn1.pkcs.EncryptionScheme(
            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_CBC,
            new org.bouncycastle.asn1.DEROctetString(new byte[16]));
    var algorithm =
        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
            org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_PBES2,
            new org.bouncycastle.asn1.pkcs.PBES2Parameters(kdf, scheme));
    // The content is never reached: the count is refused before any derivation.
    byte[] der =
        new org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo(algorithm, new byte[160])
            .getEncoded("DER");
    return "-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: root\n\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
  }

  private String createRepository(String org, String name) {
    PortalApi.Response created =
        bob.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("gun").asText();
  }

  private long fileSigner(String org, String repo, String name) {
    PortalApi.Response filed =
        bob.post("/api/v1/orgs/" + org + "/repositories/" + repo + "/signers", signerBody(name));
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  private long askToSign(String org, String repo, String name) {
    PortalApi.Response asked =
        vic.post(
            "/api/v1/orgs/" + org + "/repositories/" + repo + "/signer-requests", signerBody(name));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    return asked.json().get("id").asLong();
  }

  private static String signerBody(String name) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    return body.toString();
  }

  private static long openCase(PortalApi agent, String gun) {
    ObjectNode body = JSON.createObjectNode();
    body.put("gun", gun);
    body.put("kind", "TRUST_RESET");
    body.put("ticket", "SUP-" + (System.nanoTime() % 100000));
    body.put("reason", "The publisher reported the key lost in the ticket.");
    PortalApi.Response opened = agent.post("/api/v1/support/cases", body.toString());
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asLong();
  }

  private static String token(PortalApi owner, String scope) {
    String body =
        "{\"name\":\"t"
            + System.nanoTime()
            + "\",\"access\":\"WRITE\",\"expiresInDays\":7"
            + (scope == null ? "" : "," + scope)
            + "}";
    PortalApi.Response created = owner.post("/api/v1/me/tokens", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("secret").asText();
  }

  private static String readToken(PortalApi owner, String org) {
    String body =
        "{\"name\":\"r"
            + System.nanoTime()
            + "\",\"access\":\"READ\",\"expiresInDays\":7,\"organisation\":\""
            + org
            + "\"}";
    PortalApi.Response created = owner.post("/api/v1/me/tokens", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("secret").asText();
  }

  private static List<String> repositoriesOf(JsonNode items) {
    List<String> guns = new ArrayList<>();
    items.forEach(item -> guns.add(item.path("gun").asText(item.path("repository").asText())));
    return guns;
  }
}
