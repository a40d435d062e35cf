package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit log filtered and exported over the API, on the real stack: B's chain gets events from
 * several actors and outcomes (TwoTenants, and alice's refused reads), the filters narrow it in the
 * database, and each export holds exactly the events that the same filter pages through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSearchIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private PortalApi bob;
  private String audit;
  private String oddPath;

  @BeforeAll
  void eventsOfSeveralKinds() {
    tenants = TwoTenants.create(stack);
    bob = tenants.as(tenants.bob);
    audit = "/api/v1/orgs/" + tenants.orgB + "/audit";
    // A refused read whose target holds a comma, a quote sign and an equals sign: CSV must quote
    // it.
    oddPath = "/api/v1/orgs/" + tenants.orgB + "/repositories/=SUM(1,2)%22x";
    assertThat(tenants.as(tenants.alice).get(oddPath).status()).isEqualTo(404);
    assertThat(tenants.as(tenants.alice).get(audit).status()).isEqualTo(404);
  }

  @Test
  void eachFilterNarrowsTheChainInTheDatabase() {
    List<JsonNode> all = items(audit + "?size=500");
    assertThat(all).hasSizeGreaterThan(5);

    List<JsonNode> added = items(audit + "?action=member.added");
    assertThat(added).isNotEmpty().allMatch(e -> e.get("action").asText().equals("member.added"));
    assertThat(added).hasSize(count(all, "action", "member.added"));

    List<JsonNode> denied = items(audit + "?outcome=denied&actor=" + tenants.alice);
    assertThat(denied)
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(e -> e.get("action").asText().equals("access.denied"))
        .allMatch(e -> e.get("actor").asText().equals(tenants.alice));

    List<JsonNode> ofRepository = items(audit + "?gun=" + encoded(tenants.gunB));
    assertThat(ofRepository)
        .isNotEmpty()
        .allMatch(e -> e.get("target").asText().equals(tenants.gunB));

    // Text search over details and targets, ignoring case.
    assertThat(items(audit + "?q=" + encoded("SUM(1,2)")))
        .singleElement()
        .satisfies(e -> assertThat(e.get("target").asText()).contains("=SUM(1,2)"));

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    assertThat(items(audit + "?size=500&from=" + today + "&to=" + today)).hasSameSizeAs(all);
    assertThat(items(audit + "?from=" + yesterday + "&to=" + yesterday)).isEmpty();

    JsonNode page = bob.get(audit + "?size=1&page=1&action=member.added").json();
    assertThat(page.get("total").asLong()).isEqualTo(added.size());
  }

  @Test
  void theCsvExportHoldsExactlyTheFilteredEvents() {
    String filter = "outcome=DENIED&actor=" + tenants.alice;
    List<JsonNode> expected = items(audit + "?size=500&" + filter);

    PortalApi.Response csv = bob.get(audit + "/export?format=csv&" + filter);

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"audit-" + tenants.orgB + "-")
        .endsWith(".csv\"");
    List<List<String>> rows = Csv.parse(csv.body());
    assertThat(rows.get(0))
        .containsExactly(
            "id",
            "occurredAt",
            "organisation",
            "actor",
            "action",
            "target",
            "outcome",
            "detail",
            "previousHash",
            "hash");
    List<List<String>> events = rows.subList(1, rows.size());
    assertThat(events.stream().map(row -> row.get(0)).toList())
        .isEqualTo(expected.stream().map(e -> e.get("id").asText()).toList());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode event = expected.get(i);
      assertThat(events.get(i).get(3)).isEqualTo(event.get("actor").asText());
      assertThat(events.get(i).get(5)).isEqualTo(event.get("target").asText());
      assertThat(events.get(i).get(7)).isEqualTo(event.get("detail").asText());
      assertThat(events.get(i).get(9)).isEqualTo(event.get("hash").asText());
    }
    assertThat(events).anyMatch(row -> row.get(5).endsWith("/=SUM(1,2)%22x"));
  }

  @Test
  void theJsonExportHoldsExactlyTheFilteredEventsAndEveryExportIsAudited() throws Exception {
    String filter = "action=member.added";
    List<JsonNode> expected = items(audit + "?size=500&" + filter);
    int exportsBefore = items(audit + "?action=audit.exported").size();

    PortalApi.Response json = bob.get(audit + "/export?format=json&" + filter);

    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.header("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode exported = JSON.readTree(json.body());
    assertThat(exported.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      for (String field : List.of("id", "actor", "action", "target", "outcome", "hash")) {
        assertThat(exported.get(i).get(field)).as(field).isEqualTo(expected.get(i).get(field));
      }
      assertThat(exported.get(i).get("organisation").asText()).isEqualTo(tenants.orgB);
    }
    List<JsonNode> exports = items(audit + "?action=audit.exported");
    assertThat(exports).hasSize(exportsBefore + 1);
    JsonNode record = exports.get(0);
    assertThat(record.get("actor").asText()).isEqualTo(tenants.bob);
    assertThat(record.get("detail").asText()).isEqualTo("JSON export; action=member.added");
  }

  @Test
  void badFilterInputIs400WithWhatIsExpectedAndNothingIsExported() {
    int exportsBefore = items(audit + "?action=audit.exported").size();
    assertBad(audit + "/export?from=yesterday", "'from' is not a date");
    assertBad(audit + "?to=2026-02-30", "'to' is not a date");
    assertBad(audit + "/export?from=2026-12-08&to=2026-12-07", "ends before it starts");
    assertBad(audit + "/export?outcome=MAYBE", "expected one of [SUCCEEDED, DENIED, FAILED]");
    assertBad(audit + "/export?format=xlsx", "expected csv or json");
    assertThat(items(audit + "?action=audit.exported")).hasSize(exportsBefore);
  }

  @Test
  void anotherOrganisationsExportIsNotFoundAndTheRefusalIsAudited() {
    PortalApi alice = tenants.as(tenants.alice);
    PortalApi.Response refused = alice.get(audit + "/export?format=csv");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.json().get("error").asText()).isEqualTo("not_found");
    assertThat(refused.body()).doesNotContain(tenants.secretsOfB());
    assertThat(tenants.refusalsInB(tenants.alice)).contains("GET " + audit + "/export");
    // A viewer of B is a member in another role: refused as the chain is.
    assertThat(tenants.as(tenants.carol).get(audit + "/export").status()).isEqualTo(403);
    assertThat(PortalApi.asAdmin(stack).get(audit + "/export").status()).isEqualTo(404);
  }

  @Test
  void thePlatformChainIsFilteredAndExportedForPlatformAdminsOnly() throws Exception {
    PortalApi admin = PortalApi.asAdmin(stack);
    assertThat(admin.get("/api/v1/platform/orgs?size=1").status()).isEqualTo(200);
    String filter = "action=platform.organisations_listed&actor=admin";
    List<JsonNode> expected = items(admin, "/api/v1/platform/audit?size=500&" + filter);
    assertThat(expected).isNotEmpty();

    PortalApi.Response csv = admin.get("/api/v1/platform/audit/export?" + filter);

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    List<List<String>> rows = Csv.parse(csv.body());
    assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
        .isEqualTo(expected.stream().map(e -> e.get("id").asText()).toList());
    assertThat(rows.subList(1, rows.size())).allMatch(row -> row.get(2).isEmpty());
    assertThat(items(admin, "/api/v1/platform/audit?action=audit.exported&actor=admin"))
        .isNotEmpty();
    PortalApi.Response refused = bob.get("/api/v1/platform/audit/export");
    assertThat(refused.status()).isEqualTo(403);
  }

  private void assertBad(String path, String message) {
    PortalApi.Response answer = bob.get(path);
    assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).isEqualTo("invalid_audit_filter");
    assertThat(answer.json().get("message").asText()).contains(message);
  }

  private List<JsonNode> items(String path) {
    return items(bob, path);
  }

  private static List<JsonNode> items(PortalApi api, String path) {
    PortalApi.Response page = api.get(path);
    assertThat(page.status()).as(path + " -> " + page.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    page.json().get("items").forEach(items::add);
    return items;
  }

  private static int count(List<JsonNode> events, String field, String value) {
    return (int) events.stream().filter(e -> e.get(field).asText().equals(value)).count();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
