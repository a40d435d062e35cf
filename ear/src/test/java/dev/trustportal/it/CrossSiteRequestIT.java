package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page on another site makes the browser of a signed-in owner send a state-changing call to the
 * API (a form POST carries the session cookie, needs no CORS preflight): the portal refuses it,
 * while its own pages and API clients with Basic credentials or tokens go on working. And the pages
 * carry the headers that keep them out of frames and other sites' reach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteRequestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private String owner;
  private String org;
  private PortalApi viewer;
  private String ownersCookie;

  @BeforeAll
  void anOwnerSignedInInHerBrowserAndAViewerWhoAsksToSign() {
    owner = TwoTenants.createUser(admin, "olivia");
    org = TwoTenants.createOrg(admin, "csrf", owner);
    PortalApi olivia = PortalApi.as(stack, owner, PASSWORD);
    assertThat(olivia.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}").status())
        .isEqualTo(201);
    String viewerName = TwoTenants.createUser(admin, "mallory");
    TwoTenants.addMember(olivia, org, viewerName, "VIEWER");
    viewer = PortalApi.as(stack, viewerName, PASSWORD);
    ownersCookie = SignedInBrowser.sessionCookie(stack, owner, PASSWORD);
  }

  @Test
  void aFormPostFromAnotherOriginWithTheOwnersCookieIsRefused() {
    long request = signerRequest("evil-origin");

    WebClient.Answer answer =
        WebClient.of(stack)
            .cookie(ownersCookie)
            .header("Origin", "https://evil.example")
            .postForm(acceptance(request), "");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.json().get("error").asText()).isEqualTo("cross_site_request");
    assertThat(stateOf(request)).isEqualTo("PENDING");
  }

  @Test
  void aCrossSiteFetchWithTheOwnersCookieIsRefused() {
    long request = signerRequest("evil-fetch");

    WebClient.Answer answer =
        WebClient.of(stack)
            .cookie(ownersCookie)
            .header("Sec-Fetch-Site", "cross-site")
            .postForm(acceptance(request), "");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.json().get("message").asText()).contains("another site");
    assertThat(stateOf(request)).isEqualTo("PENDING");
  }

  @Test
  void theSameCallFromThePortalsOwnPagesIsAccepted() {
    long request = signerRequest("own-page");
    WebClient browser = WebClient.of(stack).cookie(ownersCookie);

    WebClient.Answer answer =
        browser
            .header("Origin", browser.origin())
            .header("Sec-Fetch-Site", "same-origin")
            .postForm(acceptance(request), "");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(stateOf(request)).isEqualTo("ACCEPTED");
  }

  @Test
  void apiClientsWithBasicCredentialsAreUnaffected() {
    long request = signerRequest("api-client");

    WebClient.Answer answer =
        WebClient.of(stack).basic(owner, PASSWORD).postJson(acceptance(request), "");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheSessionCookieIsSameSiteLax() {
    WebClient.Answer page = WebClient.of(stack).get("/login");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains(
                        "default-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "base-uri 'self'"));
    assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.header("Referrer-Policy")).contains("same-origin");
    assertThat(page.header("X-Frame-Options")).contains("DENY");
    // Plain HTTP from a client that is no trusted proxy: no HSTS (a browser ignores it there
    // anyway).
    assertThat(page.header("Strict-Transport-Security")).isEmpty();
    assertThat(page.all("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("SameSite=Lax")
                    .containsIgnoringCase("HttpOnly"));
    WebClient.Answer api = WebClient.of(stack).basic(owner, PASSWORD).get("/api/v1/me");
    assertThat(api.header("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void behindATrustedProxyThatTerminatesTlsTheCookieIsSecureAndHstsIsSent() {
    // The test stack names 127.0.0.2 as its trusted proxy (tools/it-stack.sh).
    WebClient.Answer page =
        WebClient.from(stack, "127.0.0.2").header("X-Forwarded-Proto", "https").get("/login");

    assertThat(page.header("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    assertThat(page.all("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax"));
    // The same claim from any other client is not believed.
    WebClient.Answer spoofed =
        WebClient.of(stack).header("X-Forwarded-Proto", "https").get("/login");
    assertThat(spoofed.header("Strict-Transport-Security")).isEmpty();
  }

  private long signerRequest(String name) {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    PortalApi.Response asked =
        viewer.post("/api/v1/orgs/" + org + "/repositories/app/signer-requests", body.toString());
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    return asked.json().get("id").asLong();
  }

  private String acceptance(long request) {
    return "/api/v1/orgs/" + org + "/signer-requests/" + request + "/acceptance";
  }

  private String stateOf(long request) {
    return PortalApi.as(stack, owner, PASSWORD)
        .get("/api/v1/orgs/" + org + "/signer-requests/" + request)
        .json()
        .get("state")
        .asText();
  }
}
