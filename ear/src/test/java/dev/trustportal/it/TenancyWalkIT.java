package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.ui.Routes;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * A member of organisation A walks every API path and every view route of organisation B and gets
 * nothing of it: each answer is "not found", exactly as for an organisation that does not exist,
 * and each refusal is one {@code access.denied} event in B's audit chain. The walk cannot go stale:
 * the API paths come from the served OpenAPI description, the view routes from {@link Routes#ALL}
 * (which a unit test of portal-ui keeps complete); a path or route the walk does not know fails it.
 *
 * <p>A platform admin who is no member of B walks B's API paths too and is refused alike: a
 * platform role opens no organisation. The platform's explicit calls (founding an organisation with
 * its first owner, the audited list of all, the support desk) keep working.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyWalkIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");
  private static final Pattern ROUTE_PARAMETER = Pattern.compile(":(\\w+)(?:\\([^)]*\\))?[?*]?");
  private static final String ORG_SCOPED = "/api/v1/orgs/{";
  private static final List<String> MUTATING = List.of("post", "put", "patch", "delete");

  /**
   * The paths that belong to no organisation, with what a member of A gets there. Every one is
   * checked for B's secrets too. A new path of no organisation must be added here, on purpose.
   */
  private static final Map<String, Integer> GLOBAL_PATHS =
      Map.ofEntries(
          Map.entry("GET /api/v1/orgs", 200),
          Map.entry("POST /api/v1/orgs", 403),
          Map.entry("GET /api/v1/users", 403),
          Map.entry("POST /api/v1/users", 403),
          Map.entry("GET /api/v1/users/{username}", 403),
          Map.entry("PATCH /api/v1/users/{username}", 403),
          Map.entry("DELETE /api/v1/users/{username}", 403),
          Map.entry("GET /api/v1/platform/attestation-policy", 403),
          Map.entry("PUT /api/v1/platform/attestation-policy", 403),
          Map.entry("GET /api/v1/platform/metadata", 403),
          Map.entry("PUT /api/v1/platform/metadata", 403),
          // The platform's list of all organisations: platform admins only.
          Map.entry("GET /api/v1/platform/orgs", 403),
          // The caller's own account; the walk's password change gives a wrong current password.
          Map.entry("GET /api/v1/me", 200),
          Map.entry("PUT /api/v1/me/password", 400),
          Map.entry("GET /api/v1/platform/audit", 403),
          Map.entry("GET /api/v1/platform/audit/verify", 403),
          Map.entry("GET /api/v1/platform/audit/export", 403),
          Map.entry("GET /api/v1/notary", 200),
          Map.entry("GET /api/v1/changes/{id}", 404),
          // The support desk's search across organisations: support staff and platform admins only.
          Map.entry("GET /api/v1/support/repositories", 403),
          // Repositories whose trust data diverged from what the portal pinned, across
          // organisations: staff only.
          Map.entry("GET /api/v1/support/repositories/diverged", 403),
          // The caller's own tokens: a token of A is created and listed; B's IDs are nobody's here.
          Map.entry("GET /api/v1/me/tokens", 200),
          Map.entry("POST /api/v1/me/tokens", 201),
          Map.entry("DELETE /api/v1/me/tokens/{id}", 404),
          // The caller's own security keys: B's change ID names no key of alice's.
          Map.entry("GET /api/v1/me/security-keys", 200),
          Map.entry("POST /api/v1/me/security-keys", 400),
          Map.entry("POST /api/v1/me/security-keys/registration-options", 200),
          Map.entry("DELETE /api/v1/me/security-keys/{id}", 404),
          // Platform admins make support staff; alice is neither.
          Map.entry("PUT /api/v1/users/{username}/roles/support", 403),
          // Platform role requests: platform admins approve each other's; alice is none.
          Map.entry("GET /api/v1/platform/role-requests", 403),
          Map.entry("GET /api/v1/platform/role-requests/{id}", 403),
          Map.entry("GET /api/v1/platform/role-requests/{id}/approval-challenge", 403),
          Map.entry("POST /api/v1/platform/role-requests/{id}/approvals", 403),
          Map.entry("POST /api/v1/platform/role-requests/{id}/rejections", 403),
          // Support cases: alice lists those of her organisations (none of B), opens none (no
          // support staff),
          // and B's case is not found, audited in B's chain like any other refusal.
          Map.entry("GET /api/v1/support/cases", 200),
          Map.entry("POST /api/v1/support/cases", 403),
          Map.entry("GET /api/v1/support/cases/{caseId}", 404),
          Map.entry("GET /api/v1/support/cases/{caseId}/approval-challenge", 404),
          Map.entry("POST /api/v1/support/cases/{caseId}/approvals", 404),
          Map.entry("POST /api/v1/support/cases/{caseId}/execution", 404),
          Map.entry("POST /api/v1/support/cases/{caseId}/cancellation", 404),
          Map.entry("GET /api/v1/me/security-keys/{id}/removal-challenge", 404),
          Map.entry("POST /api/v1/me/security-keys/{id}/custodian-enrolment-challenge", 404),
          Map.entry("POST /api/v1/me/security-keys/{id}/custodian-enrolment", 404),
          // The caller's own signer requests: alice asked for none in B.
          Map.entry("GET /api/v1/me/signer-requests", 200));

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private Map<String, String> valuesOfB;

  /**
   * The ID under /me/ paths: one of B's could equal one of alice's own tokens or keys by chance,
   * and then it is hers to delete.
   */
  private static final String NOBODYS_ID = "2147483647";

  @BeforeAll
  void twoTenants() {
    tenants = TwoTenants.create(stack);
    // Real values of B for the parameters after the organisation, so that a 404 is the tenancy
    // check's and not a missing repository's (bob's own walk below proves they reach B's data).
    valuesOfB =
        Map.of(
            "repo",
            tenants.repoB,
            "username",
            tenants.carol,
            "user",
            tenants.carol,
            "id",
            tenants.changeB,
            "caseId",
            supportCaseOfB(),
            "policyChangeId",
            policyChangeOfB());
  }

  /**
   * A change of B's approval policy waiting for its owners: bob requires one approval, then lowers
   * it.
   */
  private String policyChangeOfB() {
    PortalApi bob = tenants.as(tenants.bob);
    String policy = "/api/v1/orgs/" + tenants.orgB + "/approval-policy";
    PortalApi.Response raised = bob.put(policy, "{\"approvals\":{\"ADD_SIGNER\":1}}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    PortalApi.Response filed = bob.put(policy, "{\"approvals\":{\"ADD_SIGNER\":0}}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asText();
  }

  /** A support case of B's repository, opened by the platform admin (support staff). */
  private String supportCaseOfB() {
    PortalApi.Response opened =
        PortalApi.asAdmin(stack)
            .post(
                "/api/v1/support/cases",
                "{\"gun\":\""
                    + tenants.gunB
                    + "\",\"kind\":\"SNAPSHOT_KEY_ROTATION\",\"ticket\":\"WALK-1\",\"reason\":\"The"
                    + " tenancy walk needs a case.\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asText();
  }

  @Test
  void everyApiPathOfAnotherOrganisationIsNotFoundAndEachRefusalIsAudited() throws Exception {
    PortalApi alice = tenants.as(tenants.alice);
    List<String> readableByBob = new ArrayList<>();
    List<String> members = tenants.membersOfB();

    List<String> refused = walkApiOfB(alice, true, readableByBob);

    assertThat(refused)
        .as("org-scoped paths found in /openapi")
        .anyMatch(call -> call.endsWith("/members"))
        .anyMatch(call -> call.endsWith("/repositories"))
        .anyMatch(call -> call.endsWith("/audit/verify"))
        .anyMatch(call -> call.endsWith("/trust"));
    assertThat(
            tenants.refusalsInB(tenants.alice).stream()
                .filter(t -> !t.startsWith("view "))
                .toList())
        .as("one access.denied event in B's chain per refused call")
        .containsExactlyInAnyOrderElementsOf(refused);
    assertThat(tenants.membersOfB()).containsExactlyInAnyOrderElementsOf(members);
    assertThat(tenants.repositoriesOfB()).isEqualTo(1);
    PortalApi bob = tenants.as(tenants.bob);
    for (String path : readableByBob) {
      assertThat(bob.get(path).status()).as("B's owner reads " + path).isEqualTo(200);
    }
  }

  @Test
  void aPlatformAdminWhoIsNoMemberIsRefusedOnEveryApiPathOfTheOrganisationAndEachRefusalIsAudited()
      throws Exception {
    List<String> members = tenants.membersOfB();

    List<String> refused = walkApiOfB(PortalApi.asAdmin(stack), false, new ArrayList<>());

    assertThat(refused)
        .as("org-scoped paths found in /openapi")
        .hasSizeGreaterThan(30)
        .anyMatch(call -> call.endsWith("/members"))
        .anyMatch(call -> call.endsWith("/audit"))
        .anyMatch(call -> call.endsWith("/signer-requests"));
    assertThat(tenants.refusalsInB("admin").stream().filter(t -> !t.startsWith("view ")).toList())
        .as("one access.denied event in B's chain per refused call of the platform admin")
        .containsExactlyInAnyOrderElementsOf(refused);
    assertThat(tenants.membersOfB()).containsExactlyInAnyOrderElementsOf(members);
    assertThat(tenants.repositoriesOfB()).isEqualTo(1);
  }

  @Test
  void aPlatformAdminSeesOnlyTheirOwnOrganisationsInTheViewsAndIsRefusedBsPages() {
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      OrganisationsPage organisations =
          LoginPage.open(browser).signIn("admin", stack.adminPassword());
      assertThat(organisations.pageText())
          .doesNotContain(tenants.orgB)
          .doesNotContain(tenants.orgA);
      browser.open("/orgs/" + tenants.orgB);
      browser.await(By.id("not-found"));
      assertThat(pageText(browser)).doesNotContain(tenants.secretsOfB());
      assertThat(
              browser.driver().findElements(By.id("org-navigation")).stream()
                  .filter(org -> org.isDisplayed())
                  .toList())
          .isEmpty();
    }
    assertThat(tenants.refusalsInB("admin")).contains("view /orgs/" + tenants.orgB);
  }

  @Test
  void thePlatformsExplicitCallsOnOrganisationsWorkAndAreAudited() {
    PortalApi admin = PortalApi.asAdmin(stack);
    // Founding with a named first owner: the owner is in, the platform admin is not.
    String founded = TwoTenants.createOrg(admin, "founded", tenants.alice);
    JsonNode members = tenants.as(tenants.alice).get("/api/v1/orgs/" + founded + "/members").json();
    assertThat(members.get("items").get(0).get("username").asText()).isEqualTo(tenants.alice);
    assertThat(members.get("items").get(0).get("role").asText()).isEqualTo("OWNER");
    assertThat(members.get("total").asLong()).isEqualTo(1);
    assertThat(admin.get("/api/v1/orgs/" + founded).status()).isEqualTo(404);
    // Without a named owner the creator is the first owner.
    String own = TwoTenants.createOrg(admin, "own");
    assertThat(
            admin
                .get("/api/v1/orgs/" + own + "/members")
                .json()
                .get("items")
                .get(0)
                .get("username")
                .asText())
        .isEqualTo("admin");
    // A first owner without an account: nothing is created.
    String orphan = OrganisationsApiIT.uniqueName("orphan");
    PortalApi.Response refused =
        admin.post(
            "/api/v1/orgs", "{\"name\":\"" + orphan + "\",\"owner\":\"nobody-" + orphan + "\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    // The platform's list shows every organisation by its head counts, and is on record.
    JsonNode all = admin.get("/api/v1/platform/orgs?size=500").json();
    List<String> rows = new ArrayList<>();
    all.get("items")
        .forEach(
            item ->
                rows.add(
                    item.get("name").asText()
                        + ":"
                        + item.get("members").asLong()
                        + ":"
                        + item.get("owners").asLong()));
    assertThat(rows)
        .contains(tenants.orgB + ":2:1", founded + ":1:1", own + ":1:1")
        .noneMatch(row -> row.startsWith(orphan + ":"));
    assertThat(all.toString()).doesNotContain(tenants.repoB).doesNotContain(tenants.carol);
    JsonNode platformChain = admin.get("/api/v1/platform/audit?size=20").json().get("items");
    List<String> actions = new ArrayList<>();
    platformChain.forEach(
        event -> actions.add(event.get("actor").asText() + " " + event.get("action").asText()));
    assertThat(actions).contains("admin platform.organisations_listed");
    // The support desk still reaches B's repository, audited in B's chain.
    assertThat(tenants.eventsOfB())
        .anyMatch(event -> event.get("action").asText().equals("support.case_opened"));
  }

  /**
   * Calls every API path of B as the walker and returns the refused calls; with {@code globalToo},
   * the paths of no organisation as well (what a member of another organisation gets there).
   */
  private List<String> walkApiOfB(PortalApi walker, boolean globalToo, List<String> readableByBob)
      throws Exception {
    JsonNode openApi = openApi();
    List<String> refused = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = ops.next();
        String method = operation.getKey().toUpperCase();
        String body =
            MUTATING.contains(operation.getKey()) ? body(openApi, operation.getValue()) : null;
        if (!path.getKey().startsWith(ORG_SCOPED)) {
          if (globalToo) {
            checkGlobalPath(walker, method, path.getKey(), body).ifPresent(refused::add);
          }
          continue;
        }
        Concrete concrete = concretePath(path.getKey());
        PortalApi.Response answer = walker.call(method, concrete.path(), body);
        String call = method + " " + concrete.path();
        assertThat(answer.status()).as(call + " -> " + answer.body()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).as(call).isEqualTo("not_found");
        assertThat(answer.body()).as(call).doesNotContain(tenants.secretsOfB());
        refused.add(call);
        // An approval challenge exists only while a change is pending; B's change published at
        // once.
        // Nor a reset notice: B's repository was never reset; and B's ID is a change's, which names
        // no signer request.
        if (method.equals("GET")
            && concrete.allKnown()
            && !path.getKey().endsWith("/approval-challenge")
            && !path.getKey().endsWith("/reset-notice")
            // B keeps its root keys in SERVER custody: it has no root ceremony.
            && !path.getKey().contains("/root-ceremonies/")
            // Nor a custody change: the ID is a change request's, and B never asked to switch.
            && !path.getKey().contains("/root-custody/changes/")
            && !path.getKey().contains("/signer-requests/")) {
          readableByBob.add(concrete.path());
        }
      }
    }
    return refused;
  }

  @Test
  void everyViewRouteOfAnotherOrganisationIsNotFoundAndEachRefusalIsAudited() throws Exception {
    List<String> refused = new ArrayList<>();
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(tenants.alice, TwoTenants.PASSWORD);
      for (String route : Routes.ALL) {
        Optional<String> ofB = viewOfB(route);
        if (ofB.isEmpty()) {
          checkGlobalRoute(browser, route);
          continue;
        }
        browser.open("/" + ofB.get());
        browser.await(By.id("not-found"));
        assertThat(pageText(browser)).as(route).doesNotContain(tenants.secretsOfB());
        refused.add("view /" + ofB.get());
      }
      browser.screenshot("tenancy-not-found");
    }

    assertThat(
            tenants.refusalsInB(tenants.alice).stream().filter(t -> t.startsWith("view ")).toList())
        .as("one access.denied event in B's chain per refused view")
        .containsExactlyInAnyOrderElementsOf(refused);
    // The same URLs show B's data to B's owner: the walk reached real pages of B.
    try (BrowserSession browser = new BrowserSession(stack, "en-US")) {
      LoginPage.open(browser).signIn(tenants.bob, TwoTenants.PASSWORD);
      for (String view : refused) {
        if (view.contains("/root-ceremonies/")) {
          continue; // B keeps its root keys in SERVER custody: it has no ceremony to show bob.
        }
        browser.open(view.substring("view ".length()));
        browser
            .waiter()
            .until(
                d ->
                    !d.findElements(By.id("not-found")).isEmpty()
                        || tenants.secretsOfB().stream().anyMatch(pageText(browser)::contains));
        assertThat(browser.driver().findElements(By.id("not-found"))).as(view).isEmpty();
      }
    }
  }

  /** The page of B that a route names, or empty for a route of no organisation. */
  private Optional<String> viewOfB(String route) {
    if (route.equals(Routes.AUDIT)) {
      return Optional.of(Routes.AUDIT + "?" + Routes.AUDIT_ORG + "=" + tenants.orgB);
    }
    if (route.equals(Routes.SUPPORT_CASE)) {
      // A support case belongs to the organisation of its repository: B's case, refused as B's
      // pages are.
      return Optional.of(Routes.SUPPORT_CASES + "/" + valuesOfB.get("caseId"));
    }
    if (!route.contains(":" + Routes.ORG)) {
      return Optional.empty();
    }
    Matcher parameter = ROUTE_PARAMETER.matcher(route);
    StringBuilder url = new StringBuilder();
    while (parameter.find()) {
      String name = parameter.group(1);
      String value = name.equals(Routes.ORG) ? tenants.orgB : valuesOfB.get(name);
      if (value == null) {
        fail(
            "Route "
                + route
                + " has a parameter :"
                + name
                + " for which the tenancy walk has no value"
                + " of organisation B: add one to valuesOfB.");
      }
      parameter.appendReplacement(url, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(url);
    return Optional.of(url.toString());
  }

  /** The routes of no organisation: whatever they show, nothing of B. */
  private void checkGlobalRoute(BrowserSession browser, String route) {
    switch (route) {
      case Routes.API_TOKENS -> {
        // The caller's own tokens: nothing of B, whatever the walk created in A.
        browser.open("/" + route);
        browser.await(By.id("token-grid"));
        assertThat(pageText(browser))
            .as(route)
            .doesNotContain(tenants.orgB)
            .doesNotContain(tenants.secretsOfB());
      }
      case Routes.ORGANISATIONS, Routes.LOGIN -> {
        // A signed-in user who opens the sign-in page is sent to the organisations.
        browser.open("/" + route);
        OrganisationsPage organisations = OrganisationsPage.await(browser);
        organisations.awaitInGrid(tenants.orgA);
        assertThat(organisations.pageText())
            .as(route)
            .doesNotContain(tenants.orgB)
            .doesNotContain(tenants.secretsOfB());
      }
      case Routes.SECURITY_KEYS -> {
        // The caller's own keys: nothing of any organisation.
        browser.open("/" + route);
        browser.await(By.id("security-key-grid"));
        assertThat(pageText(browser))
            .as(route)
            .doesNotContain(tenants.orgB)
            .doesNotContain(tenants.secretsOfB());
      }
      case Routes.SUPPORT_CASES -> {
        // The cases of the caller's own organisations: none of B.
        browser.open("/" + route);
        browser.await(By.id("case-grid"));
        assertThat(pageText(browser)).as(route).doesNotContain(tenants.secretsOfB());
      }
      case Routes.PLATFORM_SETTINGS, Routes.PLATFORM_USERS -> {
        // The platform settings are for platform admins: a member finds nothing there.
        browser.open("/" + route);
        browser.await(By.id("not-found"));
        assertThat(pageText(browser))
            .as(route)
            .doesNotContain(tenants.orgB)
            .doesNotContain(tenants.secretsOfB());
      }
      case Routes.SUPPORT -> {
        // The support desk is for support staff and platform admins: a member finds nothing there.
        browser.open("/" + route);
        browser.await(By.id("not-found"));
        assertThat(pageText(browser))
            .as(route)
            .doesNotContain(tenants.orgB)
            .doesNotContain(tenants.secretsOfB());
      }
      default ->
          fail(
              "The tenancy walk does not know the route '"
                  + route
                  + "': if it shows an"
                  + " organisation, give it the :"
                  + Routes.ORG
                  + " parameter; else say here what it shows.");
    }
  }

  /**
   * A path of no organisation; a parameter in it (such as a change's ID) gets B's value, and the
   * call is returned when it was refused as touching B.
   */
  private Optional<String> checkGlobalPath(
      PortalApi alice, String method, String template, String body) {
    String call = method + " " + PATH_PARAMETER.matcher(template).replaceAll("{$1}");
    String path =
        PATH_PARAMETER
            .matcher(template)
            .replaceAll(
                parameter ->
                    Matcher.quoteReplacement(
                        template.startsWith("/api/v1/me/")
                            ? NOBODYS_ID
                            : valuesOfB.getOrDefault(parameter.group(1), "walk")));
    Integer expected = GLOBAL_PATHS.get(call);
    if (expected == null) {
      fail(
          "The tenancy walk does not know "
              + call
              + ": if it is about one organisation, put it under"
              + " "
              + ORG_SCOPED
              + "org}; else add it to GLOBAL_PATHS with what a member of another"
              + " organisation gets.");
    }
    PortalApi.Response answer = alice.call(method, path, body);
    assertThat(answer.status()).as(call + " -> " + answer.body()).isEqualTo(expected);
    assertThat(answer.body())
        .as(call)
        .doesNotContain(tenants.orgB)
        .doesNotContain(tenants.secretsOfB());
    // Under /me/ a number or name is one of the caller's own (a token's, a key's), never a way into
    // B.
    boolean touchesB = !path.equals(template) && !template.startsWith("/api/v1/me/");
    return touchesB && expected == 404 ? Optional.of(method + " " + path) : Optional.empty();
  }

  /** A path of B: the first parameter is the organisation, the others B's values or a stand-in. */
  private Concrete concretePath(String template) {
    Matcher parameter = PATH_PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    boolean first = true;
    boolean allKnown = true;
    while (parameter.find()) {
      String value = first ? tenants.orgB : valuesOfB.get(parameter.group(1));
      if (value == null) {
        allKnown = false;
        value = "walk";
      }
      parameter.appendReplacement(path, Matcher.quoteReplacement(value));
      first = false;
    }
    parameter.appendTail(path);
    return new Concrete(path.toString(), allKnown);
  }

  private record Concrete(String path, boolean allKnown) {}

  /**
   * A body the request schema accepts, so that the call gets past reading its input to the tenancy
   * check: known fields get plausible values, others a value of their type.
   */
  private String body(JsonNode openApi, JsonNode operation) {
    JsonNode schema =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      return null;
    }
    schema = resolve(openApi, schema);
    ObjectNode body = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      switch (field.getKey()) {
        case "name" -> body.put("name", OrganisationsApiIT.uniqueName("walk"));
        case "username" -> body.put("username", tenants.alice);
        case "password" -> body.put("password", TwoTenants.PASSWORD);
        case "role" -> body.put("role", "VIEWER");
        case "threshold" -> body.put("threshold", 1);
        case "access" -> body.put("access", "READ");
        case "organisation" -> body.put("organisation", tenants.orgA);
        case "repositories" -> body.putArray("repositories");
        default -> {
          switch (resolve(openApi, field.getValue()).path("type").asText("string")) {
            case "integer", "number" -> body.put(field.getKey(), 1);
            case "boolean" -> body.put(field.getKey(), false);
            case "array" -> body.putArray(field.getKey());
            case "object" -> body.putObject(field.getKey());
            default -> body.put(field.getKey(), "walk");
          }
        }
      }
    }
    return body.toString();
  }

  private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.isEmpty()) {
      return schema;
    }
    return openApi.at(ref.substring(1));
  }

  private JsonNode openApi() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(stack.portal("/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String pageText(BrowserSession browser) {
    return browser.driver().findElement(By.tagName("body")).getText();
  }
}
