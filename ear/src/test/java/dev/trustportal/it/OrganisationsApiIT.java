package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationsApiIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void adminCreatesAnOrganisationAndFindsItInTheList() {
    String name = uniqueName("acme");

    PortalApi.Response created = admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/orgs/" + name));
    assertThat(created.json().get("name").asText()).isEqualTo(name);
    assertThat(admin.get("/api/v1/orgs/" + name).json().get("name").asText()).isEqualTo(name);
    assertThat(allNames()).contains(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Acme", "-acme", "acme-", "ac..me", "acme/labs", "a cme"})
  void rejectsANameThatIsNoRegistryNamespaceAndCreatesNothing(String name) {
    long before = total();

    PortalApi.Response response = admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isEqualTo("invalid_name");
    assertThat(response.json().get("message").asText()).contains("lowercase");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void rejectsANameLongerThan255Characters() {
    PortalApi.Response response =
        admin.post("/api/v1/orgs", "{\"name\":\"" + "a".repeat(256) + "\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isEqualTo("invalid_name");
    assertThat(response.json().get("message").asText()).contains("255");
  }

  @Test
  void rejectsADuplicateNameWithConflict() {
    String name = uniqueName("dup");
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
    long before = total();

    PortalApi.Response again = admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).isEqualTo("duplicate_name");
    assertThat(again.json().get("message").asText()).contains(name);
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void malformedJsonGetsABadRequestWithoutAStackTrace() {
    PortalApi.Response response = admin.post("/api/v1/orgs", "{\"name\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).isEqualTo("malformed_json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnknownOrganisationIsNotFound() {
    PortalApi.Response response = admin.get("/api/v1/orgs/" + uniqueName("nobody"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void anonymousCallersAreAskedToAuthenticate() {
    PortalApi.Response response = PortalApi.anonymous(stack).get("/api/v1/orgs");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
  }

  @Test
  void aWrongPasswordIsRefusedAndCreatesNothing() {
    long before = total();
    PortalApi intruder = PortalApi.as(stack, "admin", "not-the-password");

    PortalApi.Response response =
        intruder.post("/api/v1/orgs", "{\"name\":\"" + uniqueName("evil") + "\"}");

    assertThat(response.status()).isEqualTo(401);
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void listsArePagedWithTheTotalCount() {
    for (int i = 0; i < 3; i++) {
      admin.post("/api/v1/orgs", "{\"name\":\"" + uniqueName("page") + "\"}");
    }

    JsonNode firstPage = admin.get("/api/v1/orgs?page=0&size=2").json();
    JsonNode secondPage = admin.get("/api/v1/orgs?page=1&size=2").json();

    assertThat(firstPage.get("items")).hasSize(2);
    assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(secondPage.get("items").get(0).get("name").asText())
        .isGreaterThan(firstPage.get("items").get(1).get("name").asText());
  }

  @Test
  void aPageSizeOutOfRangeIsABadRequest() {
    PortalApi.Response response = admin.get("/api/v1/orgs?page=0&size=100000");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).isNotBlank();
  }

  private long total() {
    return admin.get("/api/v1/orgs?page=0&size=1").json().get("total").asLong();
  }

  private List<String> allNames() {
    List<String> names = new ArrayList<>();
    admin
        .get("/api/v1/orgs?page=0&size=500")
        .json()
        .get("items")
        .forEach(i -> names.add(i.get("name").asText()));
    return names;
  }

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
