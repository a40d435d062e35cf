package dev.trustportal.docker.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The production topology of docker/compose.yaml, built from this checkout and run on a real Docker
 * engine (docker/production-test.sh brings it up before and takes it down after), used only through
 * what it publishes: HAProxy in front of two portal instances, and notary-server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionTopologyIT {

  private static final Topology topology = Topology.current();
  private static final Api admin =
      new Api(topology, "admin", topology.secretValue("admin-password"));
  private static final String ORG = "prod-" + System.currentTimeMillis() % 100_000;
  // A person of the example realm (tools/keycloak/trust-portal-realm.json): with single sign-on on,
  // people come from Keycloak and the portal creates no local accounts.
  private static final String MEMBER = "bob";
  private static String memberToken;
  private static final int REPOSITORIES = 5;
  private static final int CHANGES = 50;
  private static String gun;

  @Test
  @Order(1)
  void bothInstancesAreUpThroughHaproxy() {
    for (String instance : List.of("portal-1", "portal-2")) {
      Api.Response health = admin.getFrom(instance, "/health");
      assertThat(health.status()).as("/health of %s: %s", instance, health.body()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }
  }

  @Test
  @Order(2)
  void adminSignsInAndCreatesAnOrganisationAndARepository() {
    assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + ORG + "\"}").status()).isEqualTo(201);
    for (int r = 0; r < REPOSITORIES; r++) {
      Api.Response created =
          admin.post("/api/v1/orgs/" + ORG + "/repositories", "{\"name\":\"app-" + r + "\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      if (r == 0) {
        gun = created.json().get("gun").asText();
      }
    }
  }

  @Test
  @Order(3)
  void aRealmUserSignsInWithKeycloaksOwnFormThroughHaproxy() {
    SsoBrowser browser = new SsoBrowser(topology);

    SsoBrowser.Page form = browser.startSignIn();
    assertThat(form.uri().getPath()).startsWith("/auth/realms/trust-portal/");
    assertThat(form.uri().getPort()).isEqualTo(topology.portal("/").getPort());
    SsoBrowser.Page landed =
        browser.signIn(form, MEMBER, topology.secretValue("sso-user-password"));
    assertThat(landed.uri().getPath()).as("back at the portal: %s", landed.uri()).isEqualTo("/");

    Api.Response me = browser.api("/api/v1/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo(MEMBER);
    assertThat(me.json().get("local").asBoolean()).as("an account of the provider").isFalse();

    Api.Response member =
        admin.post(
            "/api/v1/orgs/" + ORG + "/members",
            "{\"username\":\"" + MEMBER + "\",\"role\":\"VIEWER\"}");
    assertThat(member.status()).as(member.body()).isEqualTo(201);
    Api.Response token =
        browser.apiPost(
            "/api/v1/me/tokens",
            "{\"name\":\"notary\",\"organisation\":\"" + ORG + "\",\"access\":\"READ\"}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    memberToken = token.json().get("secret").asText();
  }

  @Test
  @Order(4)
  void notaryCliVerifiesTheRepositoryFromAnEmptyTrustDirectory() throws Exception {
    assertThat(notaryList("fresh-trust-1")).contains("No targets present in this repository.");
  }

  @Test
  @Order(5)
  void aSignerIsAddedAndPublished() throws Exception {
    long change = fileSigner("app-0", "first-signer");
    JsonNode published = admin.awaitPublished(change, Duration.ofMinutes(2));

    assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");
    assertThat(signersOnNotary("app-0")).isEqualTo(1);
  }

  @Test
  @Order(9)
  void metricsCountWhatOperatorsWatchWhileChangesFlow() throws Exception {
    Map<String, Double> before = applicationMetrics();
    // A wrong password on each instance (the API has no session: HAProxy's cookie picks it).
    Api wrong = new Api(topology, "admin", "not-the-password");
    for (String instance : List.of("portal-1", "portal-2")) {
      assertThat(wrong.getFrom(instance, "/api/v1/me").status()).isEqualTo(401);
    }
    // notary-server away: the changes wait in the outbox, and each attempt fails and is retried.
    topology.compose(Duration.ofMinutes(2), "stop", "notary-server");
    List<Long> waiting = new ArrayList<>();
    Map<String, Double> during;
    try {
      for (int c = 0; c < 3; c++) {
        waiting.add(fileSigner("app-2", "while-notary-is-away-" + c));
      }
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      during = applicationMetrics();
      while (sum(during, "change_publish_failures_total")
              <= sum(before, "change_publish_failures_total")
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(2000);
        during = applicationMetrics();
      }
    } finally {
      topology.compose(Duration.ofMinutes(2), "start", "notary-server");
    }
    for (long change : waiting) {
      admin.awaitPublished(change, Duration.ofMinutes(3));
    }
    Map<String, Double> after = applicationMetrics();
    System.out.printf(
        "[production] metrics while notary-server was away: %s%n[production] after: %s%n",
        during, after);

    assertThat(sum(during, "outbox_waiting"))
        .as("outbox_waiting while away")
        .isGreaterThanOrEqualTo(3 * 2);
    assertThat(sum(during, "outbox_oldest_age_seconds")).as("age of the oldest").isPositive();
    assertThat(during.keySet())
        .as("publish failures by reason")
        .anyMatch(
            k ->
                k.startsWith("change_publish_failures_total{")
                    && k.contains("outcome=\"retried\"")
                    && k.contains("reason=\""));
    assertThat(sum(after, "outbox_waiting")).as("outbox_waiting once published").isZero();
    assertThat(
            sum(after, "change_filed_to_published_seconds_count")
                - sum(before, "change_filed_to_published_seconds_count"))
        .as("filing-to-PUBLISHED observations of the three changes")
        .isGreaterThanOrEqualTo(3);
    // One unit for all of its figures: the sum of the observations is at most count × max seconds.
    assertThat(sum(after, "change_filed_to_published_seconds_sum"))
        .as("filing-to-PUBLISHED seconds, summed")
        .isPositive()
        .isLessThanOrEqualTo(
            sum(after, "change_filed_to_published_seconds_count")
                * sum(after, "change_filed_to_published_seconds_max"));
    assertThat(after.keySet())
        .as("approvals pending")
        .anyMatch(k -> k.startsWith("approvals_pending"));
    assertThat(sum(after, "sign_in_failures_total") - sum(before, "sign_in_failures_total"))
        .as("refused sign-ins, one on each instance")
        .isGreaterThanOrEqualTo(2);
    assertThat(after.keySet())
        .as("the watcher's findings by kind")
        .contains(
            "watcher_findings{kind=\"DIVERGED\"}",
            "watcher_findings{kind=\"EXPIRED\"}",
            "watcher_findings{kind=\"EXPIRING\"}");
    // The watcher's progress: it reads every repository in its turn, so none stays unread.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    Map<String, Double> watched = after;
    while (sum(watched, "watcher_repositories_unread") > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(5000);
      watched = applicationMetrics();
    }
    System.out.printf(
        "[production] the watcher: %s%n",
        watched.entrySet().stream().filter(e -> e.getKey().startsWith("watcher_")).toList());
    assertThat(sum(watched, "watcher_repositories_unread"))
        .as("repositories not yet read")
        .isZero();
    assertThat(sum(watched, "watcher_oldest_read_age_seconds")).as("the oldest read").isPositive();
  }

  @Test
  @Order(9)
  void metricsAreNotPublishedThroughHaproxy() {
    // Prometheus scrapes each instance on the backend network; from outside /metrics is refused.
    for (String path : List.of("/metrics", "/metrics/application", "/metrics?scope=application")) {
      Api.Response response = admin.get(path);
      assertThat(response.status())
          .as("%s through HAProxy: %s", path, response.body())
          .isEqualTo(403);
    }
  }

  @Test
  @Order(9)
  void keycloaksAdministrationIsNotPublishedThroughHaproxy() {
    // Keycloak's own advice: publish /realms/ and /resources/ only; its consoles and APIs for
    // administrators stay on the backend network.
    Api anonymous = new Api(topology, "nobody", "no-password");
    for (String path :
        List.of(
            "/auth/admin/master/console/",
            "/auth/admin/realms/trust-portal/users",
            "/auth/",
            "/auth/js/keycloak.js")) {
      Api.Response response = anonymous.get(path);
      assertThat(response.status())
          .as("%s through HAProxy: %s", path, response.body())
          .isEqualTo(404);
    }
    assertThat(anonymous.get("/auth/realms/trust-portal/.well-known/openid-configuration").status())
        .isEqualTo(200);
  }

  @Test
  @Order(10)
  void killingAPortalWhileChangesPublishLosesAndDuplicatesNothing() throws Exception {
    List<Long> ids = new ArrayList<>();
    Set<String> instances = ConcurrentHashMap.newKeySet();
    String victim = topology.containerOf("portal-2");
    // Changes of the earlier cases are published already.
    long earlier = count("PUBLISHED");
    long before = earlier;
    for (int c = 0; c < CHANGES; c++) {
      if (c == CHANGES / 2) {
        // Half of the changes filed, most still waiting or publishing: the rest is filed through
        // the instance that stays.
        before = count("PUBLISHED");
        topology.docker(Duration.ofMinutes(1), "kill", victim);
        System.out.printf(
            "[production] portal-2 killed (docker kill %s) with %d of %d changes filed, %d"
                + " published%n",
            victim.substring(0, 12), c, CHANGES, before - earlier);
      }
      Api.Response filed =
          admin.post(signersPath("app-" + (c % REPOSITORIES)), signerJson("signer-" + c));
      assertThat(filed.status()).as(filed.body()).isEqualTo(202);
      filed.instance().ifPresent(instances::add);
      ids.add(filed.json().get("id").asLong());
    }

    AtomicInteger answered = new AtomicInteger();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    long published = before;
    while (published < earlier + CHANGES
        && Instant.now().isBefore(deadline)
        && count("FAILED") == 0) {
      assertThat(admin.get("/api/v1/orgs/" + ORG).status())
          .as("the API answers through the other instance")
          .isEqualTo(200);
      answered.incrementAndGet();
      Thread.sleep(500);
      published = count("PUBLISHED");
    }
    System.out.printf(
        "[production] %d of %d changes published after the kill; the API answered %d reads"
            + " meanwhile%n",
        published - earlier, CHANGES, answered.get());

    assertThat(published - earlier).as("changes published").isEqualTo(CHANGES);
    assertThat(count("FAILED")).isZero();
    Map<Long, Integer> events = publishedEvents();
    assertThat(events.keySet()).containsAll(ids);
    assertThat(events.values()).as("change.published events per change").allMatch(n -> n == 1);
    assertThat(admin.get("/api/v1/orgs/" + ORG + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
    assertThat(admin.get("/api/v1/platform/audit/verify").json().get("ok").asBoolean()).isTrue();
    System.out.printf(
        "[production] each of the %d changes published exactly once; audit chains verify%n",
        CHANGES);
  }

  @Test
  @Order(11)
  void downAndUpKeepTheOrganisationItsTrustAndItsKeys() throws Exception {
    int signersBefore = signersOnNotary("app-1");
    Instant started = Instant.now();
    topology.compose(Duration.ofMinutes(3), "down");
    topology.compose(Duration.ofMinutes(3), "up", "-d");
    topology.awaitHealthy(Duration.ofMinutes(20));
    System.out.printf(
        "[production] down and up again (volumes kept): healthy after %d s%n",
        Duration.between(started, Instant.now()).toSeconds());

    assertThat(admin.get("/api/v1/orgs/" + ORG).status()).isEqualTo(200);
    assertThat(signersOnNotary("app-1")).isEqualTo(signersBefore);
    assertThat(notaryList("fresh-trust-2")).contains("No targets present in this repository.");
    // Publishing signs with the targets key the portal holds: it opens under the kept
    // key-encryption key.
    long change = fileSigner("app-1", "after-restart");
    admin.awaitPublished(change, Duration.ofMinutes(3));
    assertThat(signersOnNotary("app-1")).isEqualTo(signersBefore + 1);
    assertThat(admin.get("/api/v1/orgs/" + ORG + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
    System.out.printf(
        "[production] after the restart app-1 has %d signers on notary-server, a new change"
            + " published%n",
        signersBefore + 1);
  }

  @Test
  @Order(5)
  void payaraManagementAnswersOnlyWithTheGeneratedPassword() {
    String url = "http://127.0.0.1:4848/management/domain/applications/application";
    for (String instance : List.of("portal-1", "portal-2")) {
      String container = topology.containerOf(instance);
      String without =
          topology.docker(
              Duration.ofMinutes(1),
              "exec",
              container,
              "curl",
              "-s",
              "-o",
              "/dev/null",
              "-w",
              "%{http_code}",
              url);
      String wrong =
          topology.docker(
              Duration.ofMinutes(1),
              "exec",
              container,
              "curl",
              "-s",
              "-o",
              "/dev/null",
              "-w",
              "%{http_code}",
              "-u",
              "admin:admin",
              url);
      String with =
          topology.docker(
              Duration.ofMinutes(1),
              "exec",
              container,
              "curl",
              "-s",
              "-o",
              "/dev/null",
              "-w",
              "%{http_code}",
              "-H",
              "Accept: application/json",
              "-u",
              "admin:" + topology.secretValue("payara-admin-password"),
              url);

      assertThat(without).as("%s /management without password", instance).isEqualTo("401");
      assertThat(wrong).as("%s /management as admin:admin", instance).isEqualTo("401");
      assertThat(with).as("%s /management with the generated password", instance).isEqualTo("200");
    }
  }

  @Test
  @Order(6)
  void payaraAdminPortIsPublishedNowhereAndRefusedFromTheComposeNetwork() {
    for (String instance : List.of("portal-1", "portal-2")) {
      String container = topology.containerOf(instance);
      assertThat(topology.docker(Duration.ofMinutes(1), "port", container).trim())
          .as("ports %s publishes on the host", instance)
          .isEmpty();
      // The load balancer is the container an attacker from outside reaches first: from there the
      // admin listener must not even accept a connection (it listens on the instance's loopback).
      String fromLoadBalancer =
          topology.docker(
              Duration.ofMinutes(1),
              "exec",
              topology.containerOf("load-balancer"),
              "bash",
              "-c",
              "curl -s -o /dev/null -w '%{http_code}' --max-time 10 http://"
                  + instance
                  + ":4848/management/domain/applications/application || true");
      assertThat(fromLoadBalancer)
          .as("%s:4848 from the load balancer's container (000: connection refused)", instance)
          .isEqualTo("000");
    }
    // Through HAProxy /management is a path of the portal (its web UI answers it), never
    // Payara's REST management: no admin-realm challenge, no management report.
    Api.Response throughHaproxy = admin.get("/management/domain/applications/application");
    assertThat(throughHaproxy.status())
        .as("/management through HAProxy: %s", throughHaproxy.body())
        .isNotEqualTo(401);
    assertThat(throughHaproxy.body()).as("/management through HAProxy").doesNotContain("exit_code");
  }

  @Test
  @Order(7)
  void everyContainerRunsAsAnUnprivilegedUser() {
    for (String service :
        List.of(
            "postgres",
            "notary-signer",
            "notary-server",
            "keycloak",
            "portal-1",
            "portal-2",
            "load-balancer")) {
      String uid =
          topology.docker(Duration.ofMinutes(1), "exec", topology.containerOf(service), "id", "-u");
      assertThat(uid.trim()).as("uid of %s's process", service).isNotEqualTo("0");
    }
  }

  @Test
  @Order(8)
  void portalLogsAreJsonObjectsOneALine() {
    for (String instance : List.of("portal-1", "portal-2")) {
      String logs =
          topology.docker(
              Duration.ofMinutes(1), "logs", "--tail", "30", topology.containerOf(instance));
      List<String> lines = logs.lines().filter(line -> !line.isBlank()).toList();
      assertThat(lines).as("the last lines %s logged", instance).isNotEmpty();
      for (String line : lines) {
        JsonNode record;
        try {
          record = Api.JSON.readTree(line);
        } catch (RuntimeException notJson) {
          throw new AssertionError(instance + " logged a line that is not JSON: " + line, notJson);
        }
        assertThat(record.has("Level") && record.has("LoggerName") && record.has("LogMessage"))
            .as("%s logged a record with Level, LoggerName and LogMessage: %s", instance, line)
            .isTrue();
      }
    }
  }

  /**
   * The application's metrics of both instances, read on each instance's loopback as Prometheus
   * would on the backend network: "name{labels}" (the labels as printed, the scope label dropped)
   * to the value; gauges of the shared queues appear once per instance.
   */
  private static Map<String, Double> applicationMetrics() {
    Map<String, Double> metrics = new java.util.TreeMap<>();
    for (String instance : List.of("portal-1", "portal-2")) {
      String text =
          topology.docker(
              Duration.ofMinutes(1),
              "exec",
              topology.containerOf(instance),
              "curl",
              "-fsS",
              "--max-time",
              "30",
              "http://127.0.0.1:8080/metrics?scope=application");
      text.lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .forEach(
              l -> {
                int space = l.lastIndexOf(' ');
                String key =
                    l.substring(0, space)
                        .replaceAll(",?mp_scope=\"application\",?", "")
                        .replace("{}", "");
                metrics.merge(key, Double.parseDouble(l.substring(space + 1)), Double::sum);
              });
    }
    return metrics;
  }

  /** The sum of every series of the metric, whatever its labels. */
  private static double sum(Map<String, Double> metrics, String name) {
    return metrics.entrySet().stream()
        .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  private static String signersPath(String repository) {
    return "/api/v1/orgs/" + ORG + "/repositories/" + repository + "/signers";
  }

  private static long fileSigner(String repository, String name) throws Exception {
    Api.Response filed = admin.post(signersPath(repository), signerJson(name));
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  private static String signerJson(String name) {
    return Api.JSON.writeValueAsString(Map.of("name", name, "publicKey", newPublicKeyPem()));
  }

  private static String newPublicKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      byte[] der = generator.generateKeyPair().getPublic().getEncoded();
      return "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
          + "\n-----END PUBLIC KEY-----\n";
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int signersOnNotary(String repository) {
    JsonNode trust =
        admin.get("/api/v1/orgs/" + ORG + "/repositories/" + repository + "/trust").json();
    return trust.get("signers").size();
  }

  /** Read through HAProxy; a read cut off by the kill is read again. */
  private static long count(String state) {
    String path = "/api/v1/orgs/" + ORG + "/changes?state=" + state + "&size=1";
    for (int attempt = 1; ; attempt++) {
      try {
        return admin.get(path).json().get("total").asLong();
      } catch (IllegalStateException cutOff) {
        if (attempt == 3) {
          throw cutOff;
        }
      }
    }
  }

  /**
   * change.published audit events per change, read in the portal's database inside its container.
   */
  private static Map<Long, Integer> publishedEvents() {
    String rows =
        topology.docker(
            Duration.ofMinutes(1),
            "exec",
            "-e",
            "PGPASSWORD=" + topology.secretValue("portal-db-password"),
            topology.containerOf("postgres"),
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "portal",
            "-d",
            "portal",
            "-qAt",
            "-F",
            " ",
            "-c",
            "select substring(detail from '^Change ([0-9]+) '), count(*) from audit_event"
                + " where organisation = '"
                + ORG
                + "' and action = 'change.published' group by 1");
    Map<Long, Integer> events = new HashMap<>();
    rows.lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .map(l -> l.split(" "))
        .forEach(f -> events.put(Long.parseLong(f[0]), Integer.parseInt(f[1])));
    return events;
  }

  /**
   * notary list GUN from a new, empty trust directory, signed in to the portal's token service as
   * the viewer, with their API token.
   */
  private static String notaryList(String trustDir) throws Exception {
    Path dir = topology.workDir().resolve(trustDir);
    Files.createDirectories(dir);
    ProcessBuilder builder =
        new ProcessBuilder(
                "notary",
                "-s",
                topology.notaryServer().toString(),
                "--tlscacert",
                topology.secret("ca.crt").toString(),
                "-d",
                dir.toString(),
                "list",
                gun)
            .redirectErrorStream(true);
    builder
        .environment()
        .put(
            "NOTARY_AUTH",
            Base64.getEncoder()
                .encodeToString((MEMBER + ":" + memberToken).getBytes(StandardCharsets.UTF_8)));
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("notary list %s: %s", gun, output).isZero();
    return output;
  }
}
