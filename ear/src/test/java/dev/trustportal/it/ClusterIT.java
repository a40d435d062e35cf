package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The production topology on one machine: two Payara instances on one database behind HAProxy.
 * Changes are filed through both, one instance is killed while they are being published, and every
 * change is published exactly once by what is left, with the audit chain intact.
 */
class ClusterIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORG = "cluster-" + System.currentTimeMillis() % 100_000;
  private static final int REPOSITORIES = 20;
  private static final int SIGNERS_EACH = 10;

  private static final PortalStack stack = PortalStack.current();

  @AfterAll
  static void leaveOneInstance() throws Exception {
    stack.stopBalancer();
    stack.removeInstance(2);
  }

  @Test
  void everyChangeIsPublishedExactlyOnceWhenAnInstanceDiesMidway() throws Exception {
    stack.startInstance(2, Map.of());
    URI balancer = stack.startBalancer();
    PortalApi api = PortalApi.asAdmin(stack).through(balancer);
    assertThat(api.post("/api/v1/orgs", "{\"name\":\"" + ORG + "\"}").status()).isEqualTo(201);
    for (int r = 0; r < REPOSITORIES; r++) {
      assertThat(
              api.post("/api/v1/orgs/" + ORG + "/repositories", "{\"name\":\"app-" + r + "\"}")
                  .status())
          .isEqualTo(201);
    }

    // With notary-server away the changes queue up; once it is back, the instances publish the
    // backlog
    // together, and instance 2 dies in the middle of that.
    Set<String> instances = ConcurrentHashMap.newKeySet();
    List<Long> ids;
    stack.stopNotaryServer();
    try {
      ids = fileSigners(api, instances);
    } finally {
      stack.startNotaryServer();
    }
    assertThat(instances)
        .as("the balancer spread the filings")
        .containsExactlyInAnyOrder("portal-1", "portal-2");
    long publishedBefore = awaitPublished(api, ids.size() / 5);
    stack.killInstance(2);
    System.out.printf(
        "ClusterIT: instance 2 killed with %d of %d changes published%n",
        publishedBefore, ids.size());

    awaitAllPublished(api, ids.size());
    assertThat(count(api, "FAILED")).isZero();
    assertEachPublishedOnce(ids);
    assertEachRepositoryMovedOneVersionPerChange(api);
    assertThat(api.get("/api/v1/orgs/" + ORG + "/audit/verify").json().get("ok").asBoolean())
        .isTrue();
    assertThat(api.get("/api/v1/platform/audit/verify").json().get("ok").asBoolean()).isTrue();
    for (int r = 0; r < REPOSITORIES; r++) {
      JsonNode trust = api.get("/api/v1/orgs/" + ORG + "/repositories/app-" + r + "/trust").json();
      assertThat(trust.get("signers"))
          .as("signers of app-%d on notary-server", r)
          .hasSize(SIGNERS_EACH);
    }
  }

  /** The signers of every repository, four filings at a time; answers the change IDs. */
  private static List<Long> fileSigners(PortalApi api, Set<String> instances) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> filed = new ArrayList<>();
      for (int s = 0; s < SIGNERS_EACH; s++) {
        for (int r = 0; r < REPOSITORIES; r++) {
          String path = "/api/v1/orgs/" + ORG + "/repositories/app-" + r + "/signers";
          String body =
              JSON.writeValueAsString(
                  Map.of(
                      "name",
                      "signer-" + s,
                      "publicKey",
                      SignerKeyMaterial.publicPem(SignerKeyMaterial.p256())));
          filed.add(
              pool.submit(
                  () -> {
                    PortalApi.Response response = api.post(path, body);
                    assertThat(response.status()).as(response.body()).isEqualTo(202);
                    response
                        .header("Set-Cookie")
                        .map(c -> c.replaceAll("^TP_INSTANCE=([^;]*).*$", "$1"))
                        .ifPresent(instances::add);
                    return response.json().get("id").asLong();
                  }));
        }
      }
      List<Long> ids = new ArrayList<>();
      for (Future<Long> id : filed) {
        ids.add(id.get());
      }
      return ids;
    } finally {
      pool.shutdown();
    }
  }

  private static void awaitAllPublished(PortalApi api, int expected) throws InterruptedException {
    assertThat(awaitPublished(api, expected)).as("changes published").isEqualTo(expected);
  }

  /**
   * Waits until at least {@code enough} changes are published (or one failed); answers how many
   * are.
   */
  private static long awaitPublished(PortalApi api, int enough) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    long published = 0;
    while (Instant.now().isBefore(deadline)) {
      published = count(api, "PUBLISHED");
      if (published >= enough || count(api, "FAILED") > 0) {
        break;
      }
      Thread.sleep(200);
    }
    return published;
  }

  /** Read through the balancer; a read cut off by the instance's death is simply read again. */
  private static long count(PortalApi api, String state) {
    String path = "/api/v1/orgs/" + ORG + "/changes?state=" + state + "&size=1";
    for (int attempt = 1; ; attempt++) {
      try {
        return api.get(path).json().get("total").asLong();
      } catch (IllegalStateException cutOff) {
        if (attempt == 3) {
          throw cutOff;
        }
      }
    }
  }

  /** One change.published event per change: none lost, none published by both instances. */
  private static void assertEachPublishedOnce(List<Long> ids) throws Exception {
    String rows =
        stack.portalSql(
            "select change || ' ' || events from (select substring(detail from '^Change ([0-9]+) ')"
                + " as change, count(*) as events from audit_event where organisation = '"
                + ORG
                + "' and action = 'change.published' group by 1) published");
    Map<Long, Integer> events = new HashMap<>();
    rows.lines()
        .map(l -> l.split(" "))
        .forEach(f -> events.put(Long.parseLong(f[0]), Integer.parseInt(f[1])));
    assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(events.values()).allMatch(n -> n == 1);
  }

  /**
   * Each change of a repository was its own upload: the targets versions they published are all
   * different and follow one another, so no change was applied twice nor two in one upload.
   */
  private static void assertEachRepositoryMovedOneVersionPerChange(PortalApi api) {
    Map<String, Set<Integer>> versions = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonNode items =
          api.get("/api/v1/orgs/" + ORG + "/changes?state=PUBLISHED&size=100&page=" + page)
              .json()
              .get("items");
      if (items.isEmpty()) {
        break;
      }
      items.forEach(
          c ->
              versions
                  .computeIfAbsent(c.get("repository").asText(), r -> new TreeSet<>())
                  .add(c.get("publishedVersions").get("targets").asInt()));
    }
    assertThat(versions).hasSize(REPOSITORIES);
    versions.forEach(
        (repository, published) -> {
          assertThat(published).as("targets versions of %s", repository).hasSize(SIGNERS_EACH);
          TreeSet<Integer> sorted = new TreeSet<>(published);
          assertThat(sorted.last() - sorted.first())
              .as("versions of %s follow one another", repository)
              .isEqualTo(SIGNERS_EACH - 1);
        });
  }
}
