package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void healthReportsTheDatabaseNotaryServerAndNotarySignerUp() {
    PortalApi.Response response = PortalApi.anonymous(stack).get("/health");

    assertThat(response.status()).isEqualTo(200);
    JsonNode health = response.json();
    assertThat(health.get("status").asText()).isEqualTo("UP");
    Map<String, String> checks = new HashMap<>();
    health.get("checks").forEach(c -> checks.put(c.get("name").asText(), c.get("status").asText()));
    assertThat(checks)
        .containsEntry("database", "UP")
        .containsEntry("notary-server", "UP")
        .containsEntry("notary-signer", "UP");
  }

  @Test
  void theOpenApiDocumentDescribesTheOrganisationsApi() {
    PortalApi.Response response = PortalApi.anonymous(stack).get("/openapi");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/orgs");
  }

  @Test
  void theSignInPageIsServed() {
    PortalApi.Response response = PortalApi.anonymous(stack).get("/login");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("<html");
  }
}
