package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.SigningKey;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal signs only on trust data it can vouch for: the root it pinned and the versions it has
 * seen. Attacks on the real notary-server and the real {@code notary} CLI: taking over a repository
 * whose initialisation awaits approval, and, through a TLS proxy in front of notary-server ({@link
 * TamperingProxy}), a rollback and a root with a key the portal did not put there.
 */
class PinnedTrustIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = TwoTenants.PASSWORD;

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aSignerGetsNoPushOnARepositoryAwaitingInitialisationAndCannotTakeItOver(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("takeover", 1);
    JsonNode pending = tenant.createRepository("app");
    assertThat(pending.get("state").asText()).isEqualTo("FILED");
    NotaryCli signer = NotaryCli.member(stack, work.resolve("signer"), tenant.gun("app"), "SIGNER");

    Result init = attempt(signer, "init", "-p", tenant.gun("app"));
    assertThat(init.exit())
        .as("a SIGNER's notary init on a GUN the portal has not initialised: " + init.output())
        .isNotZero();
    String signerRoot = signer.run("key", "list");

    JsonNode done = tenant.approve(pending.get("id").asLong());
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("PUBLISHED");
    String trust = tenant.owner.get(tenant.repoPath("app") + "/trust").body();
    rootKeyIds(signerRoot)
        .forEach(id -> assertThat(trust).as("the signer's root key").doesNotContain(id));
  }

  @Test
  void anApprovedInitialisationFailsWhenNotaryServerHoldsTrustDataThePortalDidNotMake(
      @TempDir Path work) throws Exception {
    Tenant tenant = tenant("adopt", 1);
    // Before the repository exists the GUN is the organisation's own (the import path): an owner
    // may init it.
    NotaryCli owner = NotaryCli.member(stack, work.resolve("owner"), tenant.gun("app"), "OWNER");
    owner.run("init", "-p", tenant.gun("app"));
    JsonNode pending = tenant.createRepository("app");

    JsonNode done = tenant.approve(pending.get("id").asLong());

    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("FAILED");
    assertThat(done.get("failure").asText()).contains("the portal did not make").contains("import");
    JsonNode repository = tenant.owner.get(tenant.repoPath("app")).json();
    assertThat(repository.get("state").asText()).as(repository.toString()).isNotEqualTo("READY");
  }

  @Test
  void aRolledBackTargetsRoleIsRefusedAndTheRepositoryIsDiverged(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("rollback", 0);
    String gun = tenant.gun(tenant.createReadyRepository("app"));
    try (TamperingProxy proxy = TamperingProxy.start(stack, work)) {
      tenant.addSigner("alice");
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").status()).isEqualTo(200);
      byte[] before = proxy.lastSeen(gun, "timestamp.json");
      tenant.addSigner("bob");
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").body())
          .contains("\"name\":\"bob\"");

      // notary-server now serves the trust data of before bob: its older timestamp, snapshot and
      // targets.
      proxy.serve(gun, "timestamp.json", before);
      PortalApi.Response read = tenant.owner.get(tenant.repoPath("app") + "/trust");
      assertThat(read.status())
          .as("the trust view on rolled-back data: " + read.body())
          .isEqualTo(409);
      assertThat(read.json().get("error").asText()).isEqualTo("repository_diverged");
      long carol = tenant.fileSigner("carol");

      JsonNode repository = tenant.owner.get(tenant.repoPath("app")).json();
      assertThat(repository.get("state").asText()).as(repository.toString()).isEqualTo("DIVERGED");
      assertThat(repository.get("divergence").asText()).contains("lower than").contains("version");
      JsonNode waiting = waitForAttempt(carol);
      assertThat(waiting.get("state").asText())
          .as(waiting.toString())
          .isIn("APPROVED", "PUBLISHING");
      assertThat(waiting.get("lastError").asText()).contains("diverged");
      assertThat(tenant.owner.get(tenant.repoPath("app")).json().get("state").asText())
          .isEqualTo("DIVERGED");
      assertThat(tenant.actions()).filteredOn("repository.diverged"::equals).hasSize(1);
    }
  }

  /**
   * ATTACK: notary-server serves a repository's older trust data, and the first to read it is the
   * support desk's search. It must see the rollback as the watcher would (a divergence, recorded
   * once, listed by the desk), not a healthy repository read on notary-server's word.
   */
  @Test
  void theSupportDesksSearchReadsAgainstThePinsAndListsARollbackAsDiverged(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("desk-rollback", 0);
    String gun = tenant.gun(tenant.createReadyRepository("app"));
    try (TamperingProxy proxy = TamperingProxy.start(stack, work)) {
      tenant.addSigner("alice");
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").status()).isEqualTo(200);
      byte[] before = proxy.lastSeen(gun, "timestamp.json");
      tenant.addSigner("bob");
      Instant changed = Instant.now();
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").body())
          .contains("\"name\":\"bob\"");
      // The watcher reads it once after the change (notary-server's changefeed), then rests: the
      // search below is the first to read the rolled-back data.
      awaitWatcherReadAfter(gun, changed);
      stack.portalSql(
          "update repository set expiry_read_at = now() + interval '1 day' where gun = '"
              + gun
              + "'");

      proxy.serve(gun, "timestamp.json", before);
      PortalApi.Response search =
          tenant.agent.get(
              "/api/v1/support/repositories?gun="
                  + java.net.URLEncoder.encode(gun, java.nio.charset.StandardCharsets.UTF_8));

      assertThat(search.status()).as(search.body()).isEqualTo(200);
      JsonNode findings = search.json().get("items").get(0).get("findings");
      assertThat(findings.toString())
          .as("the desk's search on rolled-back data")
          .contains("DIVERGED")
          .contains("lower than");
      JsonNode repository = tenant.owner.get(tenant.repoPath("app")).json();
      assertThat(repository.get("state").asText()).as(repository.toString()).isEqualTo("DIVERGED");
      assertThat(tenant.agent.get("/api/v1/support/repositories/diverged").body()).contains(gun);
      assertThat(tenant.actions()).filteredOn("repository.diverged"::equals).hasSize(1);
    }
  }

  /** Waits until the watcher has read the GUN's repository after {@code after} (90 s at most). */
  private void awaitWatcherReadAfter(String gun, Instant after) throws Exception {
    Instant deadline = Instant.now().plusSeconds(90);
    while (!stack
        .portalSql(
            "select coalesce(expiry_read_at > '"
                + after
                + "'::timestamptz, false) from repository where gun = '"
                + gun
                + "'")
        .matches("t|true")) {
      assertThat(Instant.now())
          .as("the watcher reads " + gun + " after " + after)
          .isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  @Test
  void aRootWithAKeyThePortalDidNotPutThereIsRefusedAndASupportCaseResolvesIt(@TempDir Path work)
      throws Exception {
    Tenant tenant = tenant("extra-root-key", 0);
    String gun = tenant.gun(tenant.createReadyRepository("app"));
    try (TamperingProxy proxy = TamperingProxy.start(stack, work)) {
      tenant.addSigner("alice");
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").status()).isEqualTo(200);
      proxy.serve(gun, "root.json", rootWithExtraKey(gun, proxy.lastSeen(gun, "root.json")));
      int uploads = proxy.uploads(gun);

      long bob = tenant.fileSigner("bob");
      JsonNode waiting = waitForAttempt(bob);
      assertThat(waiting.get("state").asText())
          .as("nothing signed on a root the portal did not make: " + waiting)
          .isIn("APPROVED", "PUBLISHING");
      assertThat(waiting.get("lastError").asText()).contains("diverged");
      JsonNode repository = tenant.owner.get(tenant.repoPath("app")).json();
      assertThat(repository.get("state").asText()).as(repository.toString()).isEqualTo("DIVERGED");
      assertThat(repository.get("divergence").asText()).contains("root");
      assertThat(tenant.actions()).filteredOn("repository.diverged"::equals).hasSize(1);
      PortalApi.Response desk = tenant.agent.get("/api/v1/support/repositories/diverged");
      assertThat(desk.status()).as(desk.body()).isEqualTo(200);
      assertThat(desk.body()).contains(gun);

      proxy.passEverything();
      assertThat(proxy.uploads(gun))
          .as("nothing was uploaded on the altered root")
          .isEqualTo(uploads);
      long id = tenant.openCase("ROOT_ROTATION").get("id").asLong();
      tenant.approveCase(id);
      JsonNode executed =
          tenant.agent.post("/api/v1/support/cases/" + id + "/execution", "").json();
      assertThat(executed.get("state").asText()).as(executed.toString()).isEqualTo("DONE");

      assertThat(tenant.owner.get(tenant.repoPath("app")).json().get("state").asText())
          .isEqualTo("READY");
      admin.awaitPublished(bob);
      assertThat(tenant.owner.get(tenant.repoPath("app") + "/trust").body())
          .contains("\"name\":\"bob\"");
    }
  }

  /**
   * The served root with one more root key, a certificate for the GUN, signed by that key alone,
   * version+1.
   */
  private static byte[] rootWithExtraKey(String gun, byte[] served) {
    Metadata<Root> root = MetadataCodec.parse(RoleName.ROOT, served, Root.class);
    KeyPair pair = KeyPairs.ecdsaP256();
    Key extra = TufKeys.ofCertificate(RootCertificates.generate(new Gun(gun), pair, Instant.now()));
    Map<KeyId, Key> rootKeys = new TreeMap<>(root.signed().keysOf(RoleName.ROOT));
    rootKeys.put(KeyIds.of(extra), extra);
    Root altered =
        root.signed()
            .next(Instant.now().plus(Duration.ofDays(365)))
            .withRoleKeys(RoleName.ROOT, rootKeys);
    byte[] canonical = MetadataCodec.canonicalSigned(altered);
    return MetadataCodec.seal(
            altered,
            canonical,
            List.of(Signatures.sign(new SigningKey(extra, pair.getPrivate()), canonical)))
        .fileBytes()
        .toArray();
  }

  /**
   * Root key IDs as {@code notary key list} prints them (64 hex digits on a line naming the root
   * role): the root key {@code notary init} made before its upload was refused, if it made one.
   */
  private static List<String> rootKeyIds(String keyList) {
    List<String> ids = new ArrayList<>();
    for (String line : keyList.split("\n")) {
      if (line.trim().startsWith("root")) {
        for (String word : line.trim().split("\\s+")) {
          if (word.matches("[0-9a-f]{64}")) {
            ids.add(word);
          }
        }
      }
    }
    return ids;
  }

  /**
   * Waits until an attempt of the publisher ended: the change ended, or it waits with a lastError.
   */
  private JsonNode waitForAttempt(long change) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    JsonNode current = admin.get("/api/v1/changes/" + change).json();
    while (!current.get("state").asText().matches("PUBLISHED|FAILED|REJECTED")
        && !(current.get("state").asText().equals("APPROVED") && current.hasNonNull("lastError"))) {
      assertThat(Instant.now()).as("waiting for an attempt: " + current).isBefore(deadline);
      Thread.sleep(200);
      current = admin.get("/api/v1/changes/" + change).json();
    }
    return current;
  }

  private record Result(int exit, String output) {}

  private static Result attempt(NotaryCli cli, String... args) throws Exception {
    try {
      return new Result(0, cli.run(args));
    } catch (AssertionError failed) {
      return new Result(1, failed.getMessage());
    }
  }

  /**
   * An organisation with an owner and a support agent, each with a security key; {@code
   * initialisations} owner approvals for initialising a repository (self approval allowed).
   */
  private Tenant tenant(String prefix, int initialisations) throws Exception {
    String org = TwoTenants.createOrg(admin, prefix);
    String ownerName = TwoTenants.createUser(admin, "owner");
    TwoTenants.addMember(admin, org, ownerName, "OWNER");
    String agentName = TwoTenants.createUser(admin, "agent");
    PlatformAdmins.give(stack, admin, agentName, "support");
    PortalApi owner = PortalApi.as(stack, ownerName, PASSWORD);
    PortalApi agent = PortalApi.as(stack, agentName, PASSWORD);
    Tenant tenant =
        new Tenant(
            org,
            owner,
            TestSecurityKey.enrolled(stack, owner, "key"),
            agent,
            TestSecurityKey.enrolled(stack, agent, "key"));
    tenant.host = tenant.hostOfGuns();
    PortalApi.Response policy =
        owner.put(
            "/api/v1/orgs/" + org + "/approval-policy",
            "{\"approvals\":{\"INITIALISE_REPOSITORY\":"
                + initialisations
                + "},\"selfApproval\":true}");
    assertThat(policy.status()).as(policy.body()).isEqualTo(200);
    return tenant;
  }

  private final class Tenant {
    final String org;
    final PortalApi owner;
    final TestSecurityKey ownerKey;
    final PortalApi agent;
    final TestSecurityKey agentKey;
    String host;

    Tenant(
        String org,
        PortalApi owner,
        TestSecurityKey ownerKey,
        PortalApi agent,
        TestSecurityKey agentKey) {
      this.org = org;
      this.owner = owner;
      this.ownerKey = ownerKey;
      this.agent = agent;
      this.agentKey = agentKey;
    }

    /** The registry host of every GUN, read from a first repository made for it. */
    String hostOfGuns() {
      PortalApi.Response first =
          admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"first\"}");
      assertThat(first.status()).as(first.body()).isEqualTo(201);
      String gun = first.json().get("gun").asText();
      return gun.substring(0, gun.length() - ("/" + org + "/first").length());
    }

    String gun(String name) {
      return host + "/" + org + "/" + name;
    }

    String repoPath(String name) {
      return "/api/v1/orgs/" + org + "/repositories/" + name;
    }

    /**
     * Files the creation of a repository whose initialisation needs approval: the pending change.
     */
    JsonNode createRepository(String name) {
      PortalApi.Response created =
          owner.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(202);
      return created.json();
    }

    String createReadyRepository(String name) {
      PortalApi.Response created =
          owner.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      return name;
    }

    /** The owner approves the change with its key; answers the change once it ended. */
    JsonNode approve(long id) throws InterruptedException {
      String changes = "/api/v1/orgs/" + org + "/changes/" + id;
      PortalApi.Response challenge = owner.get(changes + "/approval-challenge");
      assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
      PortalApi.Response approved =
          owner.post(
              changes + "/approvals",
              ownerKey.assertion(challenge.json().get("publicKey").get("challenge").asText()));
      assertThat(approved.status()).as(approved.body()).isEqualTo(200);
      Instant deadline = Instant.now().plusSeconds(60);
      JsonNode current = owner.get("/api/v1/changes/" + id).json();
      while (current.get("state").asText().matches("FILED|APPROVED|PUBLISHING")) {
        assertThat(Instant.now()).as("waiting for change: " + current).isBefore(deadline);
        Thread.sleep(200);
        current = owner.get("/api/v1/changes/" + id).json();
      }
      return current;
    }

    long fileSigner(String name) {
      ObjectNode body = JSON.createObjectNode();
      body.put("name", name);
      body.put("publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
      PortalApi.Response filed = owner.post(repoPath("app") + "/signers", body.toString());
      assertThat(filed.status()).as(filed.body()).isEqualTo(202);
      return filed.json().get("id").asLong();
    }

    void addSigner(String name) throws InterruptedException {
      admin.awaitPublished(fileSigner(name));
    }

    JsonNode openCase(String kind) {
      ObjectNode body = JSON.createObjectNode();
      body.put("gun", gun("app"));
      body.put("kind", kind);
      body.put("ticket", "SUP-" + (System.nanoTime() % 100000));
      body.put("reason", "The trust data on notary-server diverged from what the portal pinned.");
      PortalApi.Response opened = agent.post("/api/v1/support/cases", body.toString());
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
      return opened.json();
    }

    void approveCase(long id) {
      for (Map.Entry<PortalApi, TestSecurityKey> who :
          List.of(Map.entry(agent, agentKey), Map.entry(owner, ownerKey))) {
        PortalApi.Response challenge =
            who.getKey().get("/api/v1/support/cases/" + id + "/approval-challenge");
        assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
        PortalApi.Response approved =
            who.getKey()
                .post(
                    "/api/v1/support/cases/" + id + "/approvals",
                    who.getValue()
                        .assertion(challenge.json().get("publicKey").get("challenge").asText()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
      }
    }

    List<String> actions() {
      List<String> actions = new ArrayList<>();
      admin
          .get("/api/v1/orgs/" + org + "/audit?size=200")
          .json()
          .get("items")
          .forEach(event -> actions.add(event.get("action").asText()));
      return actions;
    }
  }
}
