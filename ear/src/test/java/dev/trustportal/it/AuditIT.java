package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class AuditIT {

  private static final String PASSWORD = TwoTenants.PASSWORD;

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
    long id =
        admin.get("/api/v1/orgs/" + org + "/audit").json().get("items").get(0).get("id").asLong();

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
    long id =
        admin
            .get("/api/v1/orgs/" + tampered + "/audit")
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();

    stack.portalSql("UPDATE audit_event SET detail='nothing happened' WHERE id=" + id);

    assertThat(admin.get("/api/v1/orgs/" + tampered + "/audit/verify").json().get("ok").asBoolean())
        .isFalse();
    assertThat(admin.get("/api/v1/orgs/" + other + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
  }

  @Test
  void aFailedBasicSignInIsInThePlatformChain() {
    String tried = "intruder-" + UUID.randomUUID().toString().substring(0, 8);

    PortalApi.Response refused = PortalApi.as(stack, tried, "wrong-password").get("/api/v1/orgs");

    assertThat(refused.status()).isEqualTo(401);
    List<JsonNode> failed = platformEvents(100, "sign-in.failed", tried);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.get(0).get("actor").asText()).isEqualTo("anonymous");
  }

  @Test
  void aRefusedCallIsInThePlatformChainAsAccessDenied() throws Exception {
    String user = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "viewer-Password-1";
    // An account without roles: signed in, but not a platform admin, who alone creates
    // organisations.
    stack.portalSql(
        "INSERT INTO account (username, password_hash) VALUES ('"
            + user
            + "', '"
            + passwordHash(password)
            + "')");

    PortalApi.Response refused =
        PortalApi.as(stack, user, password).post("/api/v1/orgs", "{\"name\":\"" + user + "\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
    List<JsonNode> denied = platformEvents(100, "access.denied", user);
    assertThat(denied).hasSize(1);
    assertThat(denied.get(0).get("outcome").asText()).isEqualTo("DENIED");
    assertThat(denied.get(0).get("target").asText()).isEqualTo("POST /api/v1/orgs");
    assertThat(PortalApi.as(stack, user, password).get("/api/v1/platform/audit").status())
        .isEqualTo(403);
  }

  @Test
  void concurrentAppendsToOneChainDoNotForkIt() throws Exception {
    int attempts = 12;
    String tried = "racer-" + UUID.randomUUID().toString().substring(0, 8);
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      // One username per attempt: a run of wrong passwords for one account is throttled
      // (PasswordGuessingIT).
      for (int i = 0; i < attempts; i++) {
        String username = tried + "-" + i;
        statuses.add(
            pool.submit(() -> PortalApi.as(stack, username, "wrong").get("/api/v1/orgs").status()));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(401);
      }
    } finally {
      pool.shutdownNow();
    }

    long recorded =
        java.util.stream.IntStream.range(0, attempts)
            .filter(i -> platformEvents(500, "sign-in.failed", tried + "-" + i).size() == 1)
            .count();
    assertThat(recorded).isEqualTo(attempts);
    assertThat(admin.get("/api/v1/platform/audit/verify").json().get("ok").asBoolean()).isTrue();
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

  @Test
  void everyMembershipChangeIsAnEventOfTheOrganisationsChainAndSoIsARefusedOne() {
    String owner = TwoTenants.createUser(admin, "owner");
    String org = TwoTenants.createOrg(admin, "members", owner);
    String carol = TwoTenants.createUser(admin, "carol");
    PortalApi asOwner = PortalApi.as(stack, owner, PASSWORD);
    String members = "/api/v1/orgs/" + org + "/members/";

    TwoTenants.addMember(asOwner, org, carol, "VIEWER");
    assertThat(asOwner.patch(members + carol, "{\"role\":\"ADMIN\"}").status()).isEqualTo(200);
    assertThat(asOwner.delete(members + carol).status()).isEqualTo(204);
    assertThat(asOwner.delete(members + owner).status()).isEqualTo(409);

    List<JsonNode> events = chain(asOwner, org);
    assertThat(events)
        .extracting(e -> e.get("action").asText())
        .containsExactly(
            "member.removed",
            "member.removed",
            "member.role-changed",
            "member.added",
            "organisation.created");
    assertEvent(events.get(0), owner, "member.removed", owner, "FAILED", "last owner");
    assertEvent(events.get(1), owner, "member.removed", carol, "SUCCEEDED", "(ADMIN) removed");
    assertEvent(
        events.get(2), owner, "member.role-changed", carol, "SUCCEEDED", "from VIEWER to ADMIN");
    assertEvent(events.get(3), owner, "member.added", carol, "SUCCEEDED", "added as VIEWER");
    assertEvent(
        events.get(4),
        "admin",
        "organisation.created",
        org,
        "SUCCEEDED",
        "first owner '" + owner + "'");
    assertThat(asOwner.get("/api/v1/orgs/" + org + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
  }

  @Test
  void creatingARepositoryIsAnEventOfTheOrganisationsChain() {
    String org = createOrganisation("repos");
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi asOwner = PortalApi.as(stack, owner, PASSWORD);

    PortalApi.Response created =
        asOwner.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"team/app\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode event = chain(asOwner, org).get(0);
    assertEvent(
        event,
        owner,
        "repository.created",
        created.json().get("gun").asText(),
        "SUCCEEDED",
        "initialised");
  }

  @Test
  void ownersAndAdminsReadAndVerifyTheirChainOtherMembersAreRefusedOutsidersFindNothing() {
    String org = createOrganisation("readers");
    String other = createOrganisation("elsewhere");
    java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    for (String role : List.of("OWNER", "ADMIN", "SIGNER", "VIEWER")) {
      String user = TwoTenants.createUser(admin, role.toLowerCase());
      TwoTenants.addMember(admin, org, user, role);
      expected.put(user, role.equals("OWNER") || role.equals("ADMIN") ? 200 : 403);
    }
    String outsider = TwoTenants.createUser(admin, "outsider");
    TwoTenants.addMember(admin, other, outsider, "OWNER");
    expected.put(outsider, 404);

    expected.forEach(
        (user, status) -> {
          PortalApi api = PortalApi.as(stack, user, PASSWORD);
          for (String path : List.of("/audit", "/audit/verify")) {
            PortalApi.Response answer = api.get("/api/v1/orgs/" + org + path);
            assertThat(answer.status())
                .as(user + " " + path + ": " + answer.body())
                .isEqualTo(status);
            if (status != 200) {
              assertThat(answer.body()).doesNotContain("organisation.created");
            }
          }
          assertThat(api.get("/api/v1/platform/audit").status())
              .as("platform chain for " + user)
              .isEqualTo(403);
        });
  }

  @Test
  void aRefusalInAnOrganisationIsOneEventOfItsChain() {
    String org = createOrganisation("refusals");
    String viewer = TwoTenants.createUser(admin, "viewer");
    String helper = TwoTenants.createUser(admin, "helper");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    TwoTenants.addMember(admin, org, helper, "ADMIN");

    PortalApi.Response byViewer =
        PortalApi.as(stack, viewer, PASSWORD)
            .post(
                "/api/v1/orgs/" + org + "/members",
                "{\"username\":\"" + helper + "\",\"role\":\"VIEWER\"}");
    PortalApi.Response promotion =
        PortalApi.as(stack, helper, PASSWORD)
            .patch("/api/v1/orgs/" + org + "/members/" + viewer, "{\"role\":\"OWNER\"}");

    assertThat(byViewer.status()).isEqualTo(403);
    assertThat(promotion.status()).isEqualTo(403);
    List<JsonNode> denied =
        chain(admin, org).stream()
            .filter(e -> e.get("action").asText().equals("access.denied"))
            .toList();
    assertThat(denied).hasSize(2);
    assertEvent(
        denied.get(0),
        helper,
        "access.denied",
        "PATCH /api/v1/orgs/" + org + "/members/" + viewer,
        "DENIED",
        "ADMIN");
    assertEvent(
        denied.get(1),
        viewer,
        "access.denied",
        "POST /api/v1/orgs/" + org + "/members",
        "DENIED",
        "VIEWER");
    assertThat(admin.get("/api/v1/orgs/" + org + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
  }

  @Test
  void anOwnerSeesAnEditedEventOfTheirChainThroughTheApi() throws Exception {
    String org = createOrganisation("edited");
    String owner = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    PortalApi asOwner = PortalApi.as(stack, owner, PASSWORD);
    assertThat(asOwner.get("/api/v1/orgs/" + org + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
    long added = chain(asOwner, org).get(0).get("id").asLong();

    stack.portalSql("UPDATE audit_event SET target='mallory' WHERE id=" + added);

    JsonNode verification = asOwner.get("/api/v1/orgs/" + org + "/audit/verify").json();
    assertThat(verification.get("ok").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenEventId").asLong()).isEqualTo(added);
    assertThat(verification.get("checked").asLong()).isEqualTo(2);
  }

  @Test
  void basicApiCallsAreStatelessAndNoSignInEventsOnlyAFailureIs() {
    String user = TwoTenants.createUser(admin, "script");
    PortalApi script = PortalApi.as(stack, user, PASSWORD);

    for (int call = 0; call < 5; call++) {
      PortalApi.Response answer = script.get("/api/v1/orgs");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.raw().headers().allValues("Set-Cookie"))
          .as("call " + call)
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
    PortalApi.Response refused = PortalApi.as(stack, user, "wrong-password").get("/api/v1/orgs");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.raw().headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(platformEvents(500, "sign-in.succeeded", user)).isEmpty();
    assertThat(platformEvents(500, "sign-in.failed", user)).hasSize(1);
  }

  /** An organisation's chain, newest first, as the given caller reads it. */
  private static List<JsonNode> chain(PortalApi api, String org) {
    PortalApi.Response page = api.get("/api/v1/orgs/" + org + "/audit?size=500");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    page.json().get("items").forEach(events::add);
    return events;
  }

  private static void assertEvent(
      JsonNode event, String actor, String action, String target, String outcome, String detail) {
    assertThat(event.get("actor").asText()).as(event.toString()).isEqualTo(actor);
    assertThat(event.get("action").asText()).as(event.toString()).isEqualTo(action);
    assertThat(event.get("target").asText()).as(event.toString()).isEqualTo(target);
    assertThat(event.get("outcome").asText()).as(event.toString()).isEqualTo(outcome);
    assertThat(event.get("detail").asText()).as(event.toString()).contains(detail);
  }

  /** Among the platform chain's newest events, those with this action and this actor or target. */
  private List<JsonNode> platformEvents(int newest, String action, String actorOrTarget) {
    List<JsonNode> found = new ArrayList<>();
    admin
        .get("/api/v1/platform/audit?page=0&size=" + newest)
        .json()
        .get("items")
        .forEach(
            item -> {
              boolean concerns =
                  actorOrTarget.equals(item.get("actor").asText())
                      || actorOrTarget.equals(item.get("target").asText());
              if (item.get("action").asText().equals(action) && concerns) {
                found.add(item);
              }
            });
    return found;
  }

  /**
   * The portal's stored form (see PasswordHasher), with few iterations: the count is stored too.
   */
  private static String passwordHash(String password) throws Exception {
    byte[] salt = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    int iterations = 1000;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha512$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  private String createOrganisation(String prefix) {
    String name = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
    return name;
  }
}
