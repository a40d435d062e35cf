package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on the deployed EAR, against the real notary-server and {@code notary} CLI. The stack
 * is restarted so that the portal re-signs targets when less than 1100 days remain ({@code
 * PORTAL_RESIGN_BEFORE=P1100D}) and signs for 1200 days ({@code
 * PORTAL_SIGNING_TARGETS_LIFETIME=P1200D}): the 1095 days of the repositories made before the
 * restart are "about to expire", those it signs afterwards are not. A repository rests an hour
 * after a read ({@code PORTAL_EXPIRY_RECHECK=PT1H}), so that only notary-server's changefeed (or
 * the test) makes it due again; every role warns ({@code PORTAL_EXPIRY_WARNING=P1300D}). Before
 * that, one repository is made by a portal whose roots live 1000 days ({@code
 * PORTAL_SIGNING_ROOT_LIFETIME=P1000D}): its root is then "about to expire" too. Restarted without
 * that configuration at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatcherIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private TwoTenants tenants;
  private PortalApi bob;

  /** B's second repository, made before the restart: the rollback's. */
  private String rolledBack;

  private String rolledBackGun;

  /** Its timestamp.json as a fresh CLI saw it before its last change: served again later. */
  private byte[] olderTimestamp;

  /** B's repository whose root, made by a portal signing roots for 1000 days, is due. */
  private String rootedGun;

  /** A CLI's trust directory that has trusted that repository's first root since it was made. */
  private Path rootTrusted;

  /** An organisation in OWNERS custody, and its repository whose root is due as well. */
  private OwnerHeldRoots custodians;

  private String custodiansGun;

  @BeforeAll
  void repositoriesSignedForThreeYearsThenAPortalThatResignsBelow1100Days(@TempDir Path work)
      throws Exception {
    tenants = TwoTenants.create(stack);
    bob = tenants.as(tenants.bob);
    bob.awaitPublished(Long.parseLong(tenants.changeB));

    rolledBack = OrganisationsApiIT.uniqueName("rollback");
    PortalApi.Response created =
        bob.post(
            "/api/v1/orgs/" + tenants.orgB + "/repositories", "{\"name\":\"" + rolledBack + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    rolledBackGun = created.json().get("gun").asText();
    Path cli = work.resolve("before");
    viewer(cli).run("list", rolledBackGun);
    olderTimestamp = Files.readAllBytes(metadata(cli, rolledBackGun, "timestamp.json"));
    Instant changed = Instant.now();
    bob.awaitPublished(fileSigner(rolledBack, "later"));
    // Read once the change is in the changefeed, so that the feed brings nothing of it after the
    // restart; then not due for a day: only the attack below makes it due.
    awaitReadAfter(rolledBackGun, changed, 90, true);
    restAfterRead(rolledBackGun);

    stack.restart(Map.of("PORTAL_SIGNING_ROOT_LIFETIME", "P1000D"));
    PortalApi.Response rooted =
        bob.post(
            "/api/v1/orgs/" + tenants.orgB + "/repositories",
            "{\"name\":\"" + OrganisationsApiIT.uniqueName("rooted") + "\"}");
    assertThat(rooted.status()).as(rooted.body()).isEqualTo(201);
    rootedGun = rooted.json().get("gun").asText();
    rootTrusted = work.resolve("trusted-root");
    viewer(rootTrusted).run("list", rootedGun);
    restAfterRead(rootedGun);
    custodians = new OwnerHeldRoots(stack, "custodians").withOwners(3).inOwnersCustody(2);
    custodiansGun = custodians.initialisedRepository("app");
    restAfterRead(custodiansGun);

    stack.restart(
        Map.of(
            "PORTAL_RESIGN_BEFORE", "P1100D",
            "PORTAL_SIGNING_TARGETS_LIFETIME", "P1200D",
            "PORTAL_EXPIRY_RECHECK", "PT1H",
            "PORTAL_EXPIRY_WARNING", "P1300D"));
  }

  @AfterAll
  void theDefaultConfigurationAgain() throws Exception {
    stack.restart();
  }

  @Test
  @Order(1)
  void aTargetsRoleNearItsExpiryIsResignedByTheWatcherWithoutApprovalAndAFreshCliVerifiesIt(
      @TempDir Path work) throws Exception {
    Path before = work.resolve("before");
    viewer(before).run("list", tenants.gunB);
    JsonNode old = signed(metadata(before, tenants.gunB, "targets.json"));
    Instant oldExpiry = Instant.parse(old.get("expires").asText());
    assertThat(oldExpiry).isBefore(Instant.now().plus(1100, ChronoUnit.DAYS));

    stack.portalSql(
        "update repository set expiry_read_at = null where gun = '" + tenants.gunB + "'");
    JsonNode resign = awaitResign(tenants.orgB, tenants.gunB, "Re-sign targets");
    assertThat(resign.get("state").asText()).as(resign.toString()).isEqualTo("PUBLISHED");
    assertThat(resign.get("requestedBy").asText()).isEqualTo("trust-portal");
    assertThat(resign.get("approvals").get("need").asInt()).isZero();
    assertThat(resign.get("summary").asText()).startsWith("Re-sign targets before it expires");

    Path fresh = work.resolve("fresh");
    String listed = viewer(fresh).run("list", tenants.gunB);
    JsonNode resigned = signed(metadata(fresh, tenants.gunB, "targets.json"));
    assertThat(resigned.get("version").asInt())
        .as(listed)
        .isGreaterThan(old.get("version").asInt());
    assertThat(Instant.parse(resigned.get("expires").asText()))
        .as("the re-signed targets lives 1200 days")
        .isAfter(Instant.now().plus(1190, ChronoUnit.DAYS))
        .isAfter(oldExpiry.plus(90, ChronoUnit.DAYS));
    assertThat(resigned.get("delegations").toString())
        .as("re-signed unchanged: the signer is still delegated")
        .contains("targets/b-signer");

    List<String> actions = new ArrayList<>();
    for (JsonNode event : tenants.eventsOfB()) {
      if (event.get("actor").asText().equals("trust-portal")
          && event.get("target").asText().equals(tenants.gunB)) {
        actions.add(event.get("action").asText());
      }
    }
    assertThat(actions)
        .as("audited as the portal's own")
        .contains("change.filed", "change.approved", "change.published");
  }

  @Test
  @Order(2)
  void theFindingsOfTheWatchersReadAreVisibleThroughTheApi() throws Exception {
    String path = "/api/v1/orgs/" + tenants.orgB + "/repositories/" + tenants.repoB + "/findings";
    Instant asked = Instant.now();
    stack.portalSql(
        "update repository set expiry_read_at = null where gun = '" + tenants.gunB + "'");
    awaitReadAfter(tenants.gunB, asked, 90, true);
    JsonNode findings = bob.get(path).json();
    assertThat(Instant.parse(findings.get("checkedAt").asText())).isAfter(asked);
    assertThat(findings.get("gun").asText()).isEqualTo(tenants.gunB);
    List<String> expiring = new ArrayList<>();
    findings
        .get("items")
        .forEach(
            item -> {
              if (item.get("kind").asText().equals("EXPIRING")) {
                expiring.add(item.get("role").asText());
                assertThat(item.get("detail").asText()).contains("expires at");
              }
            });
    assertThat(expiring).as(findings.toString()).contains("targets", "snapshot");
    assertThat(tenants.as(tenants.carol).get(path).status())
        .as("every member reads them")
        .isEqualTo(200);
  }

  @Test
  @Order(3)
  void theChangefeedBringsTheWatcherToARepositoryThatChangedOnNotaryServer() throws Exception {
    String repo = OrganisationsApiIT.uniqueName("fed");
    PortalApi.Response created =
        bob.post("/api/v1/orgs/" + tenants.orgB + "/repositories", "{\"name\":\"" + repo + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    awaitReadAfter(gun, Instant.EPOCH, 90, true);
    Instant changed = Instant.now();
    bob.awaitPublished(fileSigner(repo, "fed-signer"));

    awaitReadAfter(gun, changed, 60, true);
    assertThat(
            stack.portalSql(
                "select count(*) from change_request where type = 'RESIGN' and gun = '"
                    + gun
                    + "'"))
        .as("signed for 1200 days after the restart: nothing to re-sign")
        .isEqualTo("0");
  }

  /**
   * ATTACK: notary-server serves the repository's older trust data (a rollback), whose targets
   * expires within the re-signing window. The watcher must find it diverged and sign nothing: no
   * RESIGN, no upload.
   */
  @Test
  @Order(4)
  void aRolledBackRepositoryIsNeverResignedAndNothingIsSignedOnIt(@TempDir Path work)
      throws Exception {
    // A re-signing filed on the genuine data before the attack (its expiry is due after the
    // restart) is no finding of this test: only what is filed from here on counts.
    String resigns =
        "select count(*) from change_request where type = 'RESIGN' and gun = '"
            + rolledBackGun
            + "' and id > ";
    String before =
        stack.portalSql(
            "select coalesce(max(id), 0) from change_request where gun = '" + rolledBackGun + "'");
    try (TamperingProxy proxy = TamperingProxy.start(stack, work)) {
      proxy.serve(rolledBackGun, "timestamp.json", olderTimestamp);
      stack.portalSql(
          "update repository set expiry_read_at = null where gun = '" + rolledBackGun + "'");
      awaitReadAfter(rolledBackGun, Instant.EPOCH, 90, true);
      // Time for a re-signing to be filed and published, had the watcher trusted what it read.
      Thread.sleep(15_000);

      assertThat(proxy.uploads(rolledBackGun)).as("nothing uploaded for the GUN").isZero();
      assertThat(stack.portalSql(resigns + before))
          .as("no re-signing filed on rolled-back data")
          .isEqualTo("0");
      JsonNode repository =
          bob.get("/api/v1/orgs/" + tenants.orgB + "/repositories/" + rolledBack).json();
      assertThat(repository.get("state").asText()).as(repository.toString()).isEqualTo("DIVERGED");
      JsonNode findings =
          bob.get("/api/v1/orgs/" + tenants.orgB + "/repositories/" + rolledBack + "/findings")
              .json();
      assertThat(findings.get("items").get(0).get("kind").asText())
          .as(findings.toString())
          .isEqualTo("DIVERGED");
    }
  }

  /**
   * The portal holds the root key of a repository in SERVER custody: a root near its expiry is
   * re-signed by the watcher, root n+1 with the same keys, and a {@code notary} CLI that trusted
   * root n follows it.
   */
  @Test
  @Order(5)
  void aRootNearItsExpiryIsResignedWithTheSameKeysAndACliThatTrustedTheOldRootFollows()
      throws Exception {
    // The CLI trusted the first root before the restart (the watcher may have re-signed it since).
    Path trusted = rootTrusted;
    JsonNode old = signed(metadata(trusted, rootedGun, "root.json"));
    assertThat(Instant.parse(old.get("expires").asText()))
        .as("made by a portal signing roots for 1000 days")
        .isBefore(Instant.now().plus(1001, ChronoUnit.DAYS));

    stack.portalSql("update repository set expiry_read_at = null where gun = '" + rootedGun + "'");
    JsonNode resign = awaitResign(tenants.orgB, rootedGun, "Re-sign root");
    assertThat(resign.get("state").asText()).as(resign.toString()).isEqualTo("PUBLISHED");
    assertThat(resign.get("requestedBy").asText()).isEqualTo("trust-portal");
    assertThat(resign.get("approvals").get("need").asInt()).isZero();

    String listed = viewer(trusted).run("list", rootedGun);
    JsonNode followed = signed(metadata(trusted, rootedGun, "root.json"));
    assertThat(followed.get("version").asInt())
        .as("the CLI that trusted root " + old.get("version") + " follows: " + listed)
        .isEqualTo(old.get("version").asInt() + 1);
    assertThat(followed.get("roles").get("root"))
        .as("the same root keys and threshold")
        .isEqualTo(old.get("roles").get("root"));
    assertThat(followed.get("keys").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(() -> old.get("keys").fieldNames());
    assertThat(Instant.parse(followed.get("expires").asText()))
        .as("ten years again, up to the root key's certificate")
        .isAfter(Instant.now().plus(3600, ChronoUnit.DAYS));
    assertThat(
            stack.portalSql(
                "select count(*) from change_request where type = 'RESIGN' and gun = '"
                    + rootedGun
                    + "' and payload like '%\"role\":\"root\"%'"))
        .as("re-signed once")
        .isEqualTo("1");
  }

  /**
   * In OWNERS custody the custodians hold the root keys: a root near its expiry is never signed by
   * the portal; the watcher's finding says that their root rotation ceremony is needed.
   */
  @Test
  @Order(6)
  void aRootItsCustodiansHoldIsNeverSignedByThePortalAndTheFindingAsksForTheirCeremony()
      throws Exception {
    Instant asked = Instant.now();
    stack.portalSql(
        "update repository set expiry_read_at = null where gun = '" + custodiansGun + "'");
    awaitReadAfter(custodiansGun, asked, 90, true);

    JsonNode findings =
        custodians
            .owners
            .get(0)
            .api()
            .get("/api/v1/orgs/" + custodians.org + "/repositories/app/findings")
            .json();
    JsonNode renewal = null;
    for (JsonNode item : findings.get("items")) {
      if (item.get("kind").asText().equals("ROOT_RENEWAL_NEEDED")) {
        renewal = item;
      }
    }
    assertThat(renewal).as(findings.toString()).isNotNull();
    assertThat(renewal.get("role").asText()).isEqualTo("root");
    assertThat(renewal.get("detail").asText())
        .contains("custodians hold the root keys, so the portal cannot re-sign it")
        .contains("{\"repository\":\"app\",\"operation\":\"ROTATE_ROOT\"}");
    assertThat(
            stack.portalSql(
                "select count(*) from change_request where type = 'RESIGN' and gun = '"
                    + custodiansGun
                    + "' and payload like '%\"role\":\"root\"%'"))
        .as("the portal files no root re-signing where custodians hold root")
        .isEqualTo("0");
  }

  private long fileSigner(String repo, String name) {
    String body =
        "{\"name\":\""
            + name
            + "\",\"publicKey\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(
                SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()))
            + "}";
    PortalApi.Response filed =
        bob.post("/api/v1/orgs/" + tenants.orgB + "/repositories/" + repo + "/signers", body);
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    return filed.json().get("id").asLong();
  }

  /** The RESIGN change of the GUN whose summary starts so, once it ended (within 90 s). */
  private JsonNode awaitResign(String org, String gun, String summary) throws Exception {
    Instant deadline = Instant.now().plusSeconds(90);
    while (true) {
      for (JsonNode change :
          bob.get("/api/v1/orgs/" + org + "/changes?size=100").json().get("items")) {
        if (change.get("type").asText().equals("RESIGN")
            && change.get("gun").asText().equals(gun)
            && change.get("summary").asText().startsWith(summary)
            && change.get("state").asText().matches("PUBLISHED|FAILED|REJECTED")) {
          return change;
        }
      }
      assertThat(Instant.now()).as("the watcher re-signs " + gun).isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  /** Waits until the watcher has read the GUN's repository after {@code after}. */
  private void awaitReadAfter(String gun, Instant after, int seconds, boolean required)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(seconds);
    while (true) {
      String read =
          stack.portalSql(
              "select coalesce(expiry_read_at > '"
                  + after
                  + "'::timestamptz, false) from repository where gun = '"
                  + gun
                  + "'");
      if (read.equals("t") || read.equals("true")) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        assertThat(required).as("the watcher reads " + gun + " after " + after).isFalse();
        return;
      }
      Thread.sleep(1000);
    }
  }

  private void restAfterRead(String gun) throws Exception {
    stack.portalSql(
        "update repository set expiry_read_at = now() + interval '1 day' where gun = '"
            + gun
            + "'");
  }

  /** The CLI signed in as carol, a VIEWER of B: notary-server lets her pull B's GUNs. */
  private NotaryCli viewer(Path trustDir) {
    return NotaryCli.as(stack, trustDir, tenants.carol, TwoTenants.PASSWORD);
  }

  private static Path metadata(Path trustDir, String gun, String file) {
    return trustDir.resolve("tuf").resolve(gun).resolve("metadata").resolve(file);
  }

  private static JsonNode signed(Path file) throws Exception {
    return JSON.readTree(Files.readAllBytes(file)).get("signed");
  }
}
