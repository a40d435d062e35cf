package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * notary-server runs in token mode with the portal as its token service (GET /service/token): the
 * real notary CLI signs in with NOTARY_AUTH, and what it may do follows the caller's membership of
 * the organisation the GUN names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotaryTokenServiceIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private final HttpClient http = HttpClient.newHttpClient();
  private String orgA;
  private String orgB;
  private String gunA;
  private String signerA;
  private String viewerA;
  private String ownerB;
  private KeyPair releasesKey;

  @BeforeAll
  void twoOrganisationsAndASignerPublishedByThePortal() throws Exception {
    orgA = TwoTenants.createOrg(admin, "tokens-a");
    orgB = TwoTenants.createOrg(admin, "tokens-b");
    signerA = TwoTenants.createUser(admin, "signer-a");
    viewerA = TwoTenants.createUser(admin, "viewer-a");
    ownerB = TwoTenants.createUser(admin, "owner-b");
    TwoTenants.addMember(admin, orgA, signerA, "SIGNER");
    TwoTenants.addMember(admin, orgA, viewerA, "VIEWER");
    TwoTenants.addMember(admin, orgB, ownerB, "OWNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + orgA + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    gunA = created.json().get("gun").asText();
    // The portal creates and publishes through notary-server in token mode with tokens it mints for
    // itself.
    releasesKey = SignerKeyMaterial.p256();
    PortalApi.Response filed =
        admin.post(
            "/api/v1/orgs/" + orgA + "/repositories/app/signers",
            "{\"name\":\"alice\",\"publicKey\":"
                + JSON.writeValueAsString(SignerKeyMaterial.publicPem(releasesKey))
                + "}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
  }

  @Test
  void notaryServerAsksThePortalForTokens() throws Exception {
    HttpResponse<String> challenge = notaryGet(gunA, null);

    assertThat(challenge.statusCode()).isEqualTo(401);
    assertThat(challenge.headers().firstValue("WWW-Authenticate"))
        .hasValue(
            "Bearer realm=\""
                + stack.portal("/service/token")
                + "\",service=\"notary-server\",scope=\"repository:"
                + gunA
                + ":pull\"");
  }

  @Test
  void aSignerPublishesATagThatAMemberOfAnotherOrganisationCannotReadOrWrite(@TempDir Path work)
      throws Exception {
    Path tag = NotaryCli.file(work, "v1.txt", "release one");
    NotaryCli signer =
        withReleasesKey(NotaryCli.as(stack, work.resolve("signer"), signerA, PASSWORD), work);
    signer.run("add", gunA, "v1", tag.toString(), "--roles", "targets/releases");
    signer.run("publish", gunA);

    String listed =
        NotaryCli.as(stack, work.resolve("viewer"), viewerA, PASSWORD).run("list", gunA);
    assertThat(listed).contains("v1").contains("targets/releases");

    NotaryCli outsider =
        withReleasesKey(NotaryCli.as(stack, work.resolve("outsider"), ownerB, PASSWORD), work);
    assertThatThrownBy(() -> outsider.run("list", gunA))
        .hasMessageContaining("server returned 401");
    assertThatThrownBy(
            () ->
                outsider.run(
                    "add", "-p", gunA, "v2", tag.toString(), "--roles", "targets/releases"))
        .hasMessageContaining("server returned 401");
    assertThatThrownBy(() -> new NotaryCli(stack, work.resolve("anonymous")).run("list", gunA))
        .hasMessageContaining("server returned 401");
  }

  @Test
  void anApiTokenSignsTheCliInAndStopsWorkingAtOnceWhenRevoked(@TempDir Path work)
      throws Exception {
    PortalApi signer = PortalApi.as(stack, signerA, PASSWORD);
    PortalApi.Response created =
        signer.post(
            "/api/v1/me/tokens", "{\"name\":\"ci\",\"access\":\"READ\",\"expiresInDays\":7}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String secret = created.json().get("secret").asText();

    NotaryCli.as(stack, work.resolve("before"), signerA, secret).run("list", gunA);
    assertThat(granted(realm(signerA, secret, "repository:" + gunA + ":push,pull")))
        .as("a READ token pulls only, though its holder signs")
        .containsExactly("pull");

    long id = created.json().get("token").get("id").asLong();
    assertThat(signer.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
    assertThatThrownBy(
            () -> NotaryCli.as(stack, work.resolve("after"), signerA, secret).run("list", gunA))
        .hasMessageContaining("unauthorized: bad credentials");
  }

  @Test
  void aViewerReadsButCannotPublishEvenWithTheSigningKey(@TempDir Path work) throws Exception {
    NotaryCli viewer =
        withReleasesKey(NotaryCli.as(stack, work.resolve("viewer"), viewerA, PASSWORD), work);

    viewer.run("list", gunA);
    assertThatThrownBy(
            () ->
                viewer.run(
                    "add",
                    "-p",
                    gunA,
                    "v9",
                    NotaryCli.file(work, "v9.txt", "not allowed").toString(),
                    "--roles",
                    "targets/releases"))
        .hasMessageContaining(
            "you are not authorized to perform this operation: server returned 401");
  }

  @Test
  void grantsFollowTheCallersMembershipOfTheGunsOrganisation() throws Exception {
    assertThat(granted(realm(signerA, PASSWORD, "repository:" + gunA + ":push,pull")))
        .containsExactly("push", "pull");
    assertThat(granted(realm(viewerA, PASSWORD, "repository:" + gunA + ":push,pull")))
        .containsExactly("pull");
    assertThat(granted(realm(ownerB, PASSWORD, "repository:" + gunA + ":pull"))).isEmpty();
    assertThat(granted(realm(signerA, PASSWORD, "repository:" + gunA + ":*"))).isEmpty();
    assertThat(granted(realm(null, null, "repository:" + gunA + ":pull")))
        .as("anonymous")
        .isEmpty();
    String notYetImported = gunA.replace("/" + orgA + "/app", "/" + orgB + "/to-import");
    assertThat(granted(realm(ownerB, PASSWORD, "repository:" + notYetImported + ":*")))
        .as("an owner preparing an import may hand the snapshot key to the server")
        .containsExactly("*");
  }

  @Test
  void wrongCredentialsGet401WithABasicChallenge() throws Exception {
    HttpResponse<String> refused =
        realm(viewerA, "not the password", "repository:" + gunA + ":pull");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic "));
    assertThat(refused.body()).contains("\"message\":\"bad credentials\"");
    JsonNode latest = admin.get("/api/v1/platform/audit?page=0&size=20").json().get("items");
    assertThat(latest.findParents("action"))
        .anySatisfy(
            event -> {
              assertThat(event.get("action").asText()).isEqualTo("sign-in.failed");
              assertThat(event.get("target").asText()).isEqualTo(viewerA);
              assertThat(event.get("detail").asText()).contains("the notary token service");
            });
  }

  @Test
  void aMalformedScopeGets400SayingWhatIsExpected() throws Exception {
    HttpResponse<String> refused = realm(viewerA, PASSWORD, "repository:" + gunA);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("is malformed")
        .contains("Expected repository:<registry host>");
  }

  @Test
  void tooManyWrongPasswordsForAUserGet429EvenWithTheRightOneAfterwards() throws Exception {
    String victim = TwoTenants.createUser(admin, "guessed");
    for (int i = 0; i < 5; i++) {
      assertThat(realm(victim, "guess " + i, "repository:" + gunA + ":pull").statusCode())
          .isEqualTo(401);
    }

    HttpResponse<String> blocked = realm(victim, PASSWORD, "repository:" + gunA + ":pull");

    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
    assertThat(blocked.body()).contains("too many failed sign-ins");
    assertThat(realm(viewerA, PASSWORD, "repository:" + gunA + ":pull").statusCode())
        .as("other users are not blocked")
        .isEqualTo(200);
  }

  @Test
  void notaryServerRefusesForgedExpiredAndWrongAudienceTokens() throws Exception {
    String valid =
        JSON.readTree(realm(viewerA, PASSWORD, "repository:" + gunA + ":pull").body())
            .get("token")
            .asText();
    assertThat(notaryGet(gunA, valid).statusCode()).isEqualTo(200);

    ECPrivateKey portalKey = portalSigningKey();
    Certificate portalCertificate = portalCertificate();
    assertInvalid(
        forge(portalKey, portalCertificate, "notary-server", Instant.now().minusSeconds(600)));
    assertInvalid(forge(portalKey, portalCertificate, "another-service", Instant.now()));
    KeyPair stranger = SignerKeyMaterial.p256();
    Certificate strangerCertificate =
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new java.io.ByteArrayInputStream(
                    SignerKeyMaterial.certificatePem(
                            stranger, Duration.ofDays(-1), Duration.ofDays(1))
                        .getBytes(StandardCharsets.US_ASCII)));
    assertInvalid(
        forge(
            (ECPrivateKey) stranger.getPrivate(),
            strangerCertificate,
            "notary-server",
            Instant.now()));
    assertInvalid(tampered(valid));
  }

  private void assertInvalid(String token) throws Exception {
    HttpResponse<String> refused = notaryGet(gunA, token);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).contains("error=\"invalid_token\""));
  }

  /**
   * A token signed with {@code key}, valid for five minutes from {@code issued}, granting pull on
   * gunA.
   */
  private String forge(ECPrivateKey key, Certificate certificate, String audience, Instant issued)
      throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("trust-portal")
            .subject(viewerA)
            .audience(audience)
            .issueTime(Date.from(issued))
            .notBeforeTime(Date.from(issued))
            .expirationTime(Date.from(issued.plusSeconds(300)))
            .jwtID(UUID.randomUUID().toString())
            .claim(
                "access",
                List.of(Map.of("type", "repository", "name", gunA, "actions", List.of("pull"))))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .x509CertChain(
                    List.of(com.nimbusds.jose.util.Base64.encode(certificate.getEncoded())))
                .build(),
            claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  /** The valid token with its claims changed to grant push too, its signature kept. */
  private static String tampered(String token) throws Exception {
    String[] parts = token.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("[\"pull\"]", "[\"push\",\"pull\"]");
    return parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
  }

  private ECPrivateKey portalSigningKey() throws Exception {
    String pem =
        Files.readString(stack.dataDir().resolve("pki/token-signing.key"))
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    return (ECPrivateKey)
        KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  private Certificate portalCertificate() throws Exception {
    try (InputStream in = Files.newInputStream(stack.dataDir().resolve("pki/token-signing.crt"))) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /** The CLI with the key of targets/releases (alice's) imported into its trust directory. */
  private NotaryCli withReleasesKey(NotaryCli cli, Path work) throws Exception {
    Path key =
        NotaryCli.file(
            work,
            "releases-" + UUID.randomUUID() + ".key",
            SignerKeyMaterial.privatePem(releasesKey));
    cli.run("key", "import", key.toString(), "--role", "targets/releases");
    return cli;
  }

  private static List<String> granted(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String token = JSON.readTree(response.body()).get("token").asText();
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    assertThat(claims.get("aud").asText()).isEqualTo("notary-server");
    return JSON.convertValue(
        claims.get("access").get(0).get("actions"),
        JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }

  private HttpResponse<String> realm(String user, String password, String scope) throws Exception {
    URI uri =
        stack.portal(
            "/service/token?service=notary-server&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> notaryGet(String gun, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(stack.notaryServer() + "/v2/" + gun + "/_trust/tuf/root.json"))
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return notaryHttp().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpClient notaryHttp() throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream in = Files.newInputStream(stack.caCertificate())) {
      trusted.setCertificateEntry(
          "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(tls).build();
  }
}
