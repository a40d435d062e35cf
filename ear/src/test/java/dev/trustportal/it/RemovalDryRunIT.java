package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The impact of removing a signer or one of its keys before it is filed, over the API ({@code
 * ?dryRun=true}): the tags that would stop verifying for a fresh client and who could re-sign them
 * with {@code notary witness}, and, for a tag only the removed signer's own role holds, who could
 * sign it into {@code targets/releases} again with {@code notary addhash} (the command is run and
 * works); with the checks of filing; a dry run files nothing and changes nothing, another
 * organisation's owner gets 404 and a viewer 403.
 */
class RemovalDryRunIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void dryRunsOfRemovalsNameTheTagsThatWouldStopVerifyingAndWhoCanReSignAndFileNothing(
      @TempDir Path work) throws Exception {
    String org = TwoTenants.createOrg(admin, "removal");
    String owner = TwoTenants.createUser(admin, "owner");
    String viewer = TwoTenants.createUser(admin, "viewer");
    TwoTenants.addMember(admin, org, owner, "OWNER");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    String otherOrg = TwoTenants.createOrg(admin, "elsewhere");
    String otherOwner = TwoTenants.createUser(admin, "other");
    TwoTenants.addMember(admin, otherOrg, otherOwner, "OWNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    KeyPair alice = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "alice", alice);
    KeyPair bob = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "bob", bob);
    PortalApi owners = PortalApi.as(stack, owner, TwoTenants.PASSWORD);
    String signers = "/api/v1/orgs/" + org + "/repositories/app/signers";
    String signingKey = keyIdOf(owners.get(signers).json(), "alice", 0);
    addKey(org, "alice", SignerKeyMaterial.p256());
    String otherKey = keyIdOf(owners.get(signers).json(), "alice", 0);
    if (otherKey.equals(signingKey)) {
      otherKey = keyIdOf(owners.get(signers).json(), "alice", 1);
    }
    signV1InReleases(work, gun, alice);
    String trustBefore = owners.get("/api/v1/orgs/" + org + "/repositories/app/trust").body();

    PortalApi.Response removeAlice = owners.delete(signers + "/alice?dryRun=true");
    PortalApi.Response removeBob = owners.delete(signers + "/bob?dryRun=true");
    PortalApi.Response removeSigningKey =
        owners.delete(signers + "/alice/keys/" + signingKey + "?dryRun=true");
    PortalApi.Response removeOtherKey =
        owners.delete(signers + "/alice/keys/" + otherKey + "?dryRun=true");
    PortalApi.Response removeBobsOnlyKey =
        owners.delete(
            signers
                + "/bob/keys/"
                + keyIdOf(owners.get(signers).json(), "bob", 0)
                + "?dryRun=true");
    PortalApi.Response byViewer =
        PortalApi.as(stack, viewer, TwoTenants.PASSWORD).delete(signers + "/alice?dryRun=true");
    PortalApi.Response byOtherOwner =
        PortalApi.as(stack, otherOwner, TwoTenants.PASSWORD).delete(signers + "/alice?dryRun=true");

    String witness = "notary witness " + gun + " targets/releases --publish";
    assertThat(removeAlice.status()).as(removeAlice.body()).isEqualTo(200);
    JsonNode impact = removeAlice.json();
    assertThat(names(impact.get("tagsThatWouldStopVerifying")))
        .containsExactlyInAnyOrder("v1", "v9");
    assertThat(impact.get("filed").asBoolean()).isFalse();
    assertThat(impact.get("change").asText()).contains("Remove signer alice");
    assertThat(impact.get("resigning").size()).as(impact.toString()).isEqualTo(1);
    JsonNode resigning = impact.get("resigning").get(0);
    assertThat(resigning.get("role").asText()).isEqualTo("targets/releases");
    assertThat(resigning.get("signers").toString()).isEqualTo("[\"bob\"]");
    assertThat(resigning.get("command").asText()).isEqualTo(witness);
    assertThat(impact.get("orphaned").size())
        .as("v9 is held only in targets/alice, which the removal deletes: " + impact)
        .isEqualTo(1);
    JsonNode orphan = impact.get("orphaned").get(0);
    assertThat(orphan.get("tag").asText()).isEqualTo("v9");
    assertThat(orphan.get("heldIn").toString()).isEqualTo("[\"targets/alice\"]");
    assertThat(orphan.get("role").asText()).isEqualTo("targets/releases");
    assertThat(orphan.get("signers").toString()).isEqualTo("[\"bob\"]");
    String addhash = orphan.get("command").asText();
    assertThat(addhash)
        .startsWith("notary addhash " + gun + " v9 4 --sha256 ")
        .endsWith(" --roles targets/releases --publish");
    assertThat(removeBob.status()).as(removeBob.body()).isEqualTo(200);
    assertThat(removeBob.json().get("tagsThatWouldStopVerifying").size()).isZero();
    assertThat(removeSigningKey.status()).as(removeSigningKey.body()).isEqualTo(200);
    assertThat(names(removeSigningKey.json().get("tagsThatWouldStopVerifying")))
        .containsExactlyInAnyOrder("v1", "v9");
    assertThat(resigningOf(removeSigningKey.json(), "targets/releases").get("signers").toString())
        .as("alice keeps her other key in targets/releases, and can re-sign with it")
        .isEqualTo("[\"alice\",\"bob\"]");
    assertThat(resigningOf(removeSigningKey.json(), "targets/alice").get("signers").toString())
        .as("her own role stays, with her other key: witness brings v9 back")
        .isEqualTo("[\"alice\"]");
    assertThat(removeSigningKey.json().get("orphaned").size()).isZero();
    assertThat(removeOtherKey.status()).as(removeOtherKey.body()).isEqualTo(200);
    assertThat(removeOtherKey.json().get("tagsThatWouldStopVerifying").size()).isZero();
    assertThat(removeBobsOnlyKey.status()).as(removeBobsOnlyKey.body()).isEqualTo(409);
    assertThat(removeBobsOnlyKey.json().get("error").asText()).isEqualTo("threshold_would_break");
    assertThat(byViewer.status()).as(byViewer.body()).isEqualTo(403);
    assertThat(byOtherOwner.status()).as(byOtherOwner.body()).isEqualTo(404);
    assertThat(byOtherOwner.json().get("error").asText()).isEqualTo("not_found");

    String changes = owners.get("/api/v1/orgs/" + org + "/changes?size=100").body();
    assertThat(changes)
        .as("a dry run files nothing")
        .doesNotContain("REMOVE_SIGNER")
        .doesNotContain("REMOVE_SIGNER_KEY");
    assertThat(owners.get("/api/v1/orgs/" + org + "/repositories/app/trust").body())
        .as("and changes nothing")
        .isEqualTo(trustBefore);

    // bob runs the command the dry run gave: v9 is in releases, and no longer lost with alice.
    // notary signs a role as a whole, so bob's publish signs v1 there too.
    NotaryCli bobs = NotaryCli.member(stack, work.resolve("bob"), gun, "SIGNER");
    bobs.importKey(work, "bob", bob, "targets/releases");
    List<String> args = new ArrayList<>(List.of(addhash.split(" ")));
    assertThat(args.remove(0)).isEqualTo("notary");
    bobs.run(args.toArray(String[]::new));
    JsonNode after = owners.delete(signers + "/alice?dryRun=true").json();
    assertThat(names(after.get("tagsThatWouldStopVerifying"))).as(after.toString()).isEmpty();
    assertThat(after.get("orphaned").size()).as(after.toString()).isZero();
    List<String> v9 = new ArrayList<>();
    owners
        .get("/api/v1/orgs/" + org + "/repositories/app/trust")
        .json()
        .get("tags")
        .forEach(
            tag -> {
              if (tag.get("name").asText().equals("v9") && tag.get("verified").asBoolean()) {
                v9.add(tag.get("role").asText());
              }
            });
    assertThat(v9).as("v9 verifies in releases now, signed by bob").contains("targets/releases");
  }

  /**
   * After the removal is published, no client finds v9 (only alice's own role held it): the
   * repository keeps it listed, with the change, bob and the command, for members and not for
   * another organisation's owner, until bob has signed it into releases with that command.
   */
  @Test
  void aPublishedRemovalKeepsTheTagsItLeftInNoRoleListedUntilTheyVerifyAgain(@TempDir Path work)
      throws Exception {
    String org = TwoTenants.createOrg(admin, "dropped");
    String viewer = TwoTenants.createUser(admin, "viewer");
    TwoTenants.addMember(admin, org, viewer, "VIEWER");
    String otherOrg = TwoTenants.createOrg(admin, "elsewhere");
    String otherOwner = TwoTenants.createUser(admin, "other");
    TwoTenants.addMember(admin, otherOrg, otherOwner, "OWNER");
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"app\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String gun = created.json().get("gun").asText();
    KeyPair alice = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "alice", alice);
    KeyPair bob = SignerKeyMaterial.p256();
    admin.addSigner(org, "app", "bob", bob);
    signV1InReleases(work, gun, alice);
    String dropped = "/api/v1/orgs/" + org + "/repositories/app/dropped-tags";
    assertThat(admin.get(dropped).json()).as("nothing removed yet").isEmpty();

    PortalApi.Response removal =
        admin.delete("/api/v1/orgs/" + org + "/repositories/app/signers/alice");
    assertThat(removal.status()).as(removal.body()).isEqualTo(202);
    long change = removal.json().get("id").asLong();
    admin.awaitPublished(change);

    PortalApi.Response listed = PortalApi.as(stack, viewer, TwoTenants.PASSWORD).get(dropped);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json()).as(listed.body()).hasSize(1);
    JsonNode v9 = listed.json().get(0);
    assertThat(v9.get("tag").asText()).isEqualTo("v9");
    assertThat(v9.get("change").asLong()).isEqualTo(change);
    assertThat(v9.get("heldIn").toString()).isEqualTo("[\"targets/alice\"]");
    assertThat(v9.get("signers").toString()).isEqualTo("[\"bob\"]");
    String addhash = v9.get("command").asText();
    assertThat(addhash).startsWith("notary addhash " + gun + " v9 4 --sha256 ");
    PortalApi.Response elsewhere =
        PortalApi.as(stack, otherOwner, TwoTenants.PASSWORD).get(dropped);
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(404);
    PortalApi.Response other =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"other\"}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    PortalApi.Response token =
        PortalApi.as(stack, viewer, TwoTenants.PASSWORD)
            .post(
                "/api/v1/me/tokens",
                "{\"name\":\"other only\",\"access\":\"READ\",\"expiresInDays\":7,"
                    + "\"organisation\":\""
                    + org
                    + "\",\"repositories\":[\"other\"]}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    PortalApi.Response scopedElsewhere =
        PortalApi.bearer(stack, token.json().get("secret").asText()).get(dropped);
    assertThat(scopedElsewhere.status())
        .as("a token of another repository: " + scopedElsewhere.body())
        .isEqualTo(404);
    System.out.println("Dropped by change " + change + ": " + listed.body());

    // releases was signed by alice's key, which left it: bob re-signs it first (the trust page's
    // witness command), then brings v9 back with the command the list gives.
    NotaryCli bobs = NotaryCli.member(stack, work.resolve("bob"), gun, "SIGNER");
    bobs.importKey(work, "bob", bob, "targets/releases");
    bobs.run("witness", gun, "targets/releases", "--publish");
    assertThat(admin.get(dropped).json()).as("v9 is still in no role").hasSize(1);
    List<String> args = new ArrayList<>(List.of(addhash.split(" ")));
    assertThat(args.remove(0)).isEqualTo("notary");
    bobs.run(args.toArray(String[]::new));
    assertThat(admin.get(dropped).json()).as("v9 verifies in releases again").isEmpty();
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(name -> names.add(name.asText()));
    return names;
  }

  private static JsonNode resigningOf(JsonNode impact, String role) {
    for (JsonNode resigning : impact.get("resigning")) {
      if (resigning.get("role").asText().equals(role)) {
        return resigning;
      }
    }
    throw new AssertionError("no re-signing of " + role + " in " + impact);
  }

  private static String keyIdOf(JsonNode signers, String signer, int index) {
    for (JsonNode item : signers.get("items")) {
      if (item.get("name").asText().equals(signer)) {
        return item.get("keys").get(index).get("id").asText();
      }
    }
    throw new AssertionError("no signer " + signer + " in " + signers);
  }

  private void signV1InReleases(Path work, String gun, KeyPair key) throws Exception {
    NotaryCli cli = NotaryCli.member(stack, work.resolve("alice"), gun, "SIGNER");
    cli.releaseTag(work, "alice", key, gun, "v1");
    // A tag only her own role holds.
    cli.addTag(work, gun, "v9", "nine", "targets/alice");
    cli.run("publish", gun);
  }

  private void addKey(String org, String name, KeyPair key) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("publicKey", SignerKeyMaterial.publicPem(key));
    PortalApi.Response filed =
        admin.post(
            "/api/v1/orgs/" + org + "/repositories/app/signers/" + name + "/keys", body.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(202);
    admin.awaitPublished(filed.json().get("id").asLong());
  }
}
