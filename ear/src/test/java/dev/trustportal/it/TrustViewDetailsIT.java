package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The details of {@code GET .../trust} against tags the real notary CLI published: each key's ID as
 * in the metadata and, for certificates, the canonical ID the CLI prints; each tag's role, the
 * signers whose keys made valid signatures, and whether they meet the role's threshold, never
 * claiming a tag verified that notary's client would not trust.
 */
class TrustViewDetailsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void aTagSignedByOneSignerWhereReleasesNeedsTwoIsListedUnverifiedWithNotarysReason(
      @TempDir Path work) throws Exception {
    Repo repo = createRepository("unmet");
    KeyPair alice = SignerKeyMaterial.p256();
    addSigner(repo, "alice", "publicKey", SignerKeyMaterial.publicPem(alice));
    addSigner(repo, "bob", "publicKey", SignerKeyMaterial.publicPem(SignerKeyMaterial.p256()));
    NotaryCli cli =
        withKeys(NotaryCli.member(stack, work.resolve("alice"), repo.gun, "SIGNER"), work, alice);
    cli.run(
        "add",
        repo.gun,
        "v1",
        NotaryCli.file(work, "v1.txt", "one").toString(),
        "--roles",
        "targets/releases");
    cli.run("publish", repo.gun);

    JsonNode v1 = tag(trust(repo), "v1");
    assertThat(v1.get("role").asText()).isEqualTo("targets/releases");
    assertThat(names(v1.get("signedBy"))).containsExactly("alice");
    assertThat(v1.get("verified").asBoolean()).isTrue();
    assertThat(v1.path("reason").asText(null)).isNull();

    // notary-server does not re-check stored delegations when targets raises a threshold (facts
    // §3).
    awaitPublished(admin.put(repo.path("/roles/releases/threshold"), "{\"threshold\":2}"));
    JsonNode unmet = tag(trust(repo), "v1");
    assertThat(unmet.get("verified").asBoolean()).isFalse();
    assertThat(unmet.get("reason").asText())
        .isEqualTo("valid signatures did not meet threshold for targets/releases");
    assertThat(names(unmet.get("signedBy"))).containsExactly("alice");
    String listed =
        NotaryCli.member(stack, work.resolve("reader"), repo.gun, "VIEWER").run("list", repo.gun);
    assertThat(listed).as("the notary client hides it too").doesNotContain("v1");
  }

  @Test
  void aTagSignedByTwoSignersWhereReleasesNeedsTwoIsVerified(@TempDir Path work) throws Exception {
    Repo repo = createRepository("met");
    KeyPair alice = SignerKeyMaterial.p256();
    KeyPair bob = SignerKeyMaterial.p256();
    addSigner(repo, "alice", "publicKey", SignerKeyMaterial.publicPem(alice));
    addSigner(
        repo,
        "bob",
        "certificate",
        SignerKeyMaterial.certificatePem(bob, Duration.ofDays(-1), Duration.ofDays(30)));
    awaitPublished(admin.put(repo.path("/roles/releases/threshold"), "{\"threshold\":2}"));
    NotaryCli cli =
        withKeys(
            NotaryCli.member(stack, work.resolve("both"), repo.gun, "SIGNER"), work, alice, bob);
    cli.run(
        "add",
        repo.gun,
        "v2",
        NotaryCli.file(work, "v2.txt", "two").toString(),
        "--roles",
        "targets/releases");
    cli.run("publish", repo.gun);

    JsonNode v2 = tag(trust(repo), "v2");
    assertThat(v2.get("role").asText()).isEqualTo("targets/releases");
    assertThat(names(v2.get("signedBy"))).containsExactlyInAnyOrder("alice", "bob");
    assertThat(v2.get("verified").asBoolean()).isTrue();
  }

  @Test
  void certificateKeysAndTheRootKeyShowTheirIdAndTheCanonicalIdTheCliPrints(@TempDir Path work)
      throws Exception {
    Repo repo = createRepository("ids");
    KeyPair bob = SignerKeyMaterial.p256();
    KeyPair carol = SignerKeyMaterial.p256();
    addSigner(
        repo,
        "bob",
        "certificate",
        SignerKeyMaterial.certificatePem(bob, Duration.ofDays(-1), Duration.ofDays(30)));
    addSigner(repo, "carol", "publicKey", SignerKeyMaterial.publicPem(carol));

    JsonNode trust = trust(repo);
    JsonNode bobKey = signer(trust, "bob").get("keys").get(0);
    String canonical = SignerKeyMaterial.keyId(bob);
    assertThat(bobKey.get("algorithm").asText()).isEqualTo("ecdsa-x509");
    assertThat(bobKey.get("canonicalId").asText()).isEqualTo(canonical);
    assertThat(bobKey.get("id").asText()).isNotEqualTo(canonical).matches("[0-9a-f]{64}");
    JsonNode carolKey = signer(trust, "carol").get("keys").get(0);
    assertThat(carolKey.get("id").asText()).isEqualTo(SignerKeyMaterial.keyId(carol));
    assertThat(carolKey.path("canonicalId").asText(null)).as("a plain key has one ID").isNull();

    String delegations =
        NotaryCli.member(stack, work.resolve("cli"), repo.gun, "VIEWER")
            .run("delegation", "list", repo.gun);
    assertThat(delegations).contains(canonical).doesNotContain(bobKey.get("id").asText());

    JsonNode root = role(trust, "root").get("keys").get(0);
    assertThat(root.get("algorithm").asText()).isEqualTo("ecdsa-x509");
    assertThat(root.get("id").asText())
        .isEqualTo(role(trust, "root").get("keyIds").get(0).asText());
    assertThat(root.get("canonicalId").asText())
        .matches("[0-9a-f]{64}")
        .isNotEqualTo(root.get("id").asText());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private record Repo(String org, String gun) {
    String path(String suffix) {
      return "/api/v1/orgs/" + org + "/repositories/app" + suffix;
    }
  }

  private Repo createRepository(String prefix) {
    String org = TwoTenants.createOrg(admin, prefix);
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new Repo(org, created.json().get("gun").asText());
  }

  private void addSigner(Repo repo, String name, String field, String pem) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("name", name).put(field, pem);
    awaitPublished(admin.post(repo.path("/signers"), body.toString()));
  }

  private JsonNode trust(Repo repo) {
    PortalApi.Response trust = admin.get(repo.path("/trust"));
    assertThat(trust.status()).as(trust.body()).isEqualTo(200);
    return trust.json();
  }

  private static JsonNode tag(JsonNode trust, String name) {
    for (JsonNode tag : trust.get("tags")) {
      if (tag.get("name").asText().equals(name)) {
        return tag;
      }
    }
    throw new AssertionError("no tag " + name + " in " + trust.get("tags"));
  }

  private static JsonNode signer(JsonNode trust, String name) {
    return find(trust.get("signers"), name);
  }

  private static JsonNode role(JsonNode trust, String name) {
    return find(trust.get("roles"), name);
  }

  private static JsonNode find(JsonNode array, String name) {
    for (JsonNode item : array) {
      if (item.get("name").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("no " + name + " in " + array);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  /**
   * The CLI with the signers' private keys in its trust directory: it signs with every one the role
   * has.
   */
  private static NotaryCli withKeys(NotaryCli cli, Path work, KeyPair... keys) throws Exception {
    for (KeyPair key : keys) {
      Path file =
          NotaryCli.file(
              work, "key-" + System.nanoTime() + ".key", SignerKeyMaterial.privatePem(key));
      cli.run("key", "import", file.toString(), "--role", "targets/releases");
    }
    return cli;
  }

  private void awaitPublished(PortalApi.Response filed) throws Exception {
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
  }
}
