package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repositories on the deployed EAR: their trust data is initialised on the real notary-server. */
class RepositoriesIT {

  static final String REGISTRY_HOST =
      System.getProperty("it.registry.host", "registry.trust-portal.test");

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);
  private static String namesOrganisation;

  @Test
  void aNewRepositoryHasTrustDataThatAFreshNotaryClientReads(@TempDir Path work) throws Exception {
    String org = createOrganisation("repos");
    String gun = REGISTRY_HOST + "/" + org + "/app";

    PortalApi.Response created = createRepository(org, "app");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("app");
    assertThat(created.json().get("gun").asText()).isEqualTo(gun);
    assertThat(created.json().get("createdAt").asText()).isNotBlank();
    assertThat(created.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/orgs/" + org + "/repositories/app"));

    NotaryCli client = NotaryCli.member(stack, work.resolve("fresh-trust"), gun, "SIGNER");
    assertThat(client.run("list", gun)).contains("No targets present in this repository.");

    JsonNode trust = admin.get(repositoryPath(org, "app") + "/trust").json();
    assertThat(trust.get("gun").asText()).isEqualTo(gun);
    assertThat(names(trust.get("roles")))
        .containsExactly("root", "targets", "snapshot", "timestamp");
    trust
        .get("roles")
        .forEach(
            role -> {
              assertThat(role.get("threshold").asInt()).isEqualTo(1);
              assertThat(role.get("keyIds")).hasSize(1);
              assertThat(role.get("expires").asText()).isNotBlank();
            });
    assertThat(trust.get("signers")).isEmpty();
    assertThat(trust.get("tags")).isEmpty();

    // What the CLI trusted on first use is what the portal shows.
    JsonNode cachedRoot =
        new ObjectMapper()
            .readTree(work.resolve("fresh-trust/tuf/" + gun + "/metadata/root.json").toFile())
            .get("signed")
            .get("roles");
    for (String role : List.of("root", "targets", "snapshot", "timestamp")) {
      assertThat(keyIdsOf(trust, role))
          .as(role)
          .isEqualTo(cachedRoot.get(role).get("keyids").get(0).asText());
    }

    // The portal holds the targets key, so a client cannot publish on its own.
    assertThatThrownBy(
            () ->
                client.run("add", "-p", gun, "v1", NotaryCli.file(work, "v1.txt", "v1").toString()))
        .isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "App", "-app", "app-", "a..b", "/app", "app/", "a//b", "a b"})
  void rejectsANameThatIsNoRegistryPathAndCreatesNothing(String name) {
    String org = namesOrganisation();

    PortalApi.Response response = createRepository(org, name);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isEqualTo("invalid_name");
    assertThat(response.json().get("message").asText()).contains("lowercase").contains("team/api");
    assertThat(total(org, "")).isZero();
  }

  @Test
  void rejectsANameWhoseGunWouldBeLongerThan255Characters() {
    String org = createOrganisation("long");

    PortalApi.Response response = createRepository(org, "a".repeat(250));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("255");
    assertThat(total(org, "")).isZero();
  }

  @Test
  void rejectsADuplicateNameWithConflict() {
    String org = createOrganisation("dups");
    assertThat(createRepository(org, "team/api").status()).isEqualTo(201);

    PortalApi.Response again = createRepository(org, "team/api");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("duplicate_name");
    assertThat(again.json().get("message").asText()).contains("team/api");
    assertThat(total(org, "")).isEqualTo(1);
  }

  @Test
  void anotherOrganisationsRepositoryIsNotFound() {
    String owner = createOrganisation("owner");
    String other = createOrganisation("other");
    assertThat(createRepository(owner, "secret").status()).isEqualTo(201);

    assertThat(admin.get(repositoryPath(owner, "secret")).status()).isEqualTo(200);
    PortalApi.Response found = admin.get(repositoryPath(other, "secret"));
    assertThat(found.status()).isEqualTo(404);
    assertThat(found.json().get("error").asText()).isEqualTo("not_found");
    assertThat(admin.get(repositoryPath(other, "secret") + "/trust").status()).isEqualTo(404);
    assertThat(
            admin
                .get("/api/v1/orgs/" + OrganisationsApiIT.uniqueName("nobody") + "/repositories")
                .status())
        .isEqualTo(404);
  }

  @Test
  void listsAreFilteredAndPagedInNameOrder() {
    String org = createOrganisation("lists");
    for (String name : List.of("web/frontend", "web/backend", "batch", "web/admin")) {
      assertThat(createRepository(org, name).status()).isEqualTo(201);
    }

    JsonNode first =
        admin.get("/api/v1/orgs/" + org + "/repositories?filter=web&page=0&size=2").json();
    JsonNode second =
        admin.get("/api/v1/orgs/" + org + "/repositories?filter=web&page=1&size=2").json();

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(names(first.get("items"))).containsExactly("web/admin", "web/backend");
    assertThat(names(second.get("items"))).containsExactly("web/frontend");
    assertThat(total(org, "")).isEqualTo(4);
    assertThat(total(org, "%")).as("LIKE wildcards are literal").isZero();
  }

  @Test
  void tellsClientsWhereNotaryIs() {
    JsonNode notary = admin.get("/api/v1/notary").json();

    assertThat(notary.get("url").asText()).isEqualTo(stack.notaryServer().toString());
    assertThat(notary.get("caCertificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
  }

  /** One organisation for all bad names, rather than one per case. */
  private String namesOrganisation() {
    if (namesOrganisation == null) {
      namesOrganisation = createOrganisation("names");
    }
    return namesOrganisation;
  }

  private String createOrganisation(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    return org;
  }

  private PortalApi.Response createRepository(String org, String name) {
    return admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
  }

  private static String repositoryPath(String org, String name) {
    return "/api/v1/orgs/" + org + "/repositories/" + name;
  }

  private long total(String org, String filter) {
    return admin
        .get(
            "/api/v1/orgs/"
                + org
                + "/repositories?size=1&filter="
                + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8))
        .json()
        .get("total")
        .asLong();
  }

  private static String keyIdsOf(JsonNode trust, String role) {
    for (JsonNode r : trust.get("roles")) {
      if (r.get("name").asText().equals(role)) {
        return r.get("keyIds").get(0).asText();
      }
    }
    throw new AssertionError("no role " + role + " in " + trust);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(item.get("name").asText()));
    return names;
  }
}
