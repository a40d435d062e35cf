package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void creatingAnOrganisationStartsItsChainWithAnIntactCreatedEvent() {
    String org = createOrganisation("audit");

    PortalApi.Response audit = admin.get("/api/v1/orgs/" + org + "/audit");

    assertThat(audit.status()).isEqualTo(200);
    JsonNode page = audit.json();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode created = page.get("items").get(0);
    assertThat(created.get("action").asText()).isEqualTo("organisation.created");
    assertThat(created.get("actor").asText()).isEqualTo("admin");
    assertThat(created.get("target").asText()).isEqualTo(org);
    assertThat(created.get("outcome").asText()).isEqualTo("SUCCEEDED");
    assertThat(created.get("hash").asText()).matches("[0-9a-f]{64}");
    assertThat(created.has("occurredAt")).isTrue();

    JsonNode verification = admin.get("/api/v1/orgs/" + org + "/audit/verify").json();
    assertThat(verification.get("ok").asBoolean()).isTrue();
    assertThat(verification.get("checked").asLong()).isEqualTo(1);
    assertThat(verification.get("firstBrokenEventId").isNull()).isTrue();
  }

  @Test
  void aTamperedEventBreaksTheChainAtThatEvent() throws Exception {
    String org = createOrganisation("tamper");
    long id = admin.get("/api/v1/orgs/" + org + "/audit").json().get("items").get(0).get("id").asLong();

    stack.portalSql("UPDATE audit_event SET actor='mallory' WHERE id=" + id);

    JsonNode verification = admin.get("/api/v1/orgs/" + org + "/audit/verify").json();
    assertThat(verification.get("ok").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenEventId").asLong()).isEqualTo(id);
    assertThat(verification.get("checked").asLong()).isEqualTo(1);
  }

  @Test
  void aTamperedChainOfOneOrganisationLeavesAnotherIntact() throws Exception {
    String tampered = createOrganisation("victim");
    String other = createOrganisation("bystander");
    long id = admin.get("/api/v1/orgs/" + tampered + "/audit").json().get("items").get(0).get("id").asLong();

    stack.portalSql("UPDATE audit_event SET detail='nothing happened' WHERE id=" + id);

    assertThat(admin.get("/api/v1/orgs/" + tampered + "/audit/verify").json().get("ok").asBoolean()).isFalse();
    assertThat(admin.get("/api/v1/orgs/" + other + "/audit/verify").json().get("ok").asBoolean()).isTrue();
  }

  @Test
  void aFailedBasicSignInIsInThePlatformChain() {
    String tried = "intruder-" + UUID.randomUUID().toString().substring(0, 8);

    PortalApi.Response refused = PortalApi.as(stack, tried, "wrong-password").get("/api/v1/orgs");

    assertThat(refused.status()).isEqualTo(401);
    List<JsonNode> failed = new ArrayList<>();
    admin.get("/api/v1/platform/audit?page=0&size=100").json().get("items").forEach(item -> {
      if (item.get("action").asText().equals("sign-in.failed") && tried.equals(item.get("target").asText())) {
        failed.add(item);
      }
    });
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.get(0).get("actor").asText()).isEqualTo("anonymous");
  }

  @Test
  void theAuditOfAnUnknownOrganisationIsNotFound() {
    String nobody = OrganisationsApiIT.uniqueName("nobody");

    for (String path : List.of("/audit", "/audit/verify")) {
      PortalApi.Response response = admin.get("/api/v1/orgs/" + nobody + path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.json().get("error").asText()).isEqualTo("not_found");
    }
  }

  @Test
  void auditPagesAreNewestFirstAndBounded() {
    JsonNode page = admin.get("/api/v1/platform/audit?page=0&size=2").json();

    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
    if (page.get("items").size() == 2) {
      assertThat(page.get("items").get(0).get("id").asLong())
          .isGreaterThan(page.get("items").get(1).get("id").asLong());
    }
    assertThat(admin.get("/api/v1/platform/audit?size=100000").status()).isEqualTo(400);
  }

  private String createOrganisation(String prefix) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
    return name;
  }
}
