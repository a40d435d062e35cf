package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner-held roots through the API (issue 22): three owners enrol PRF keys, the organisation
 * switches to OWNERS custody 2 of 3 with the owners' approval, and a repository is initialised in a
 * root ceremony that publishes only at the second touch; a fresh notary CLI trusts the result.
 */
class OwnerHeldRootsIT {

  private final PortalStack stack = PortalStack.current();

  @Test
  void twoOfThreeCustodiansSignANewRepositorysRootAndAFreshNotaryClientVerifiesIt(
      @TempDir Path work) throws Exception {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "owners").withOwners(3).inOwnersCustody(2);
    JsonNode custody = org.owners.get(0).api().get(org.custody()).json();
    assertThat(custody.get("custodians")).hasSize(3);

    PortalApi.Response created = org.createRepository("app");
    assertThat(created.status()).as(created.body()).isEqualTo(202);
    assertThat(created.json().get("state").asText()).isEqualTo("PENDING_INITIALISATION");
    long id = created.json().get("rootCeremony").asLong();
    String gun = created.json().get("gun").asText();

    PortalApi.Response first = org.touch(org.owners.get(0), id);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("state").asText()).isEqualTo("OPEN");
    assertThat(first.json().get("progress").asText())
        .isEqualTo("1 of 2 custodians have touched their key; 1 more is needed.");
    PortalApi.Response again = org.touch(org.owners.get(0), id);
    assertThat(again.status()).as("one custodian counts once: " + again.body()).isEqualTo(409);
    // One touch of two publishes nothing: notary-server knows no such repository yet.
    PortalApi.Response trust =
        org.owners.get(0).api().get("/api/v1/orgs/" + org.org + "/repositories/app/trust");
    assertThat(trust.status()).as(trust.body()).isEqualTo(409);
    NotaryCli cli = NotaryCli.member(stack, work.resolve("fresh"), gun, "SIGNER");
    assertThat(runs(cli, "list", gun)).as("notary list before the second touch").isFalse();

    PortalApi.Response second = org.touch(org.owners.get(1), id);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().get("state").asText()).isEqualTo("PUBLISHED");
    assertThat(second.json().get("progress").asText())
        .isEqualTo("2 of 2 custodians have touched their key.");

    assertThat(cli.run("list", gun)).contains("No targets present in this repository.");
    JsonNode root =
        new ObjectMapper()
            .readTree(work.resolve("fresh/tuf/" + gun + "/metadata/root.json").toFile());
    JsonNode rootRole = root.get("signed").get("roles").get("root");
    assertThat(rootRole.get("threshold").asInt()).isEqualTo(2);
    assertThat(rootRole.get("keyids")).hasSize(3);
    Set<String> rootKeys = new HashSet<>();
    rootRole.get("keyids").forEach(k -> rootKeys.add(k.asText()));
    Set<String> signers = new HashSet<>();
    root.get("signatures").forEach(s -> signers.add(s.get("keyid").asText()));
    assertThat(signers).hasSize(2);
    assertThat(rootKeys).containsAll(signers);
    assertThat(KeyEncryptionKeyThief.rootCertificates(root))
        .allSatisfy(
            cert -> assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=" + gun));
    // The trust view reads it, through the pin the ceremony set.
    PortalApi.Response view =
        org.owners.get(2).api().get("/api/v1/orgs/" + org.org + "/repositories/app/trust");
    assertThat(view.status()).as(view.body()).isEqualTo(200);
  }

  @Test
  void aTouchForOneCeremonyDoesNotCountForAnotherAndAWrongPrfOutputOpensNothing() {
    OwnerHeldRoots org = new OwnerHeldRoots(stack, "owners-x").withOwners(3).inOwnersCustody(2);
    long x = org.createRepository("x").json().get("rootCeremony").asLong();
    long y = org.createRepository("y").json().get("rootCeremony").asLong();
    OwnerHeldRoots.Owner owner = org.owners.get(0);

    String forX = org.signedChallenge(owner, x, owner.key());
    PortalApi.Response onY = owner.api().post(org.ceremony(y) + "/touches", forX);
    assertThat(onY.status()).as(onY.body()).isEqualTo(409);
    assertThat(onY.json().get("error").asText()).isEqualTo("assertion_refused");

    // Same key and a valid assertion, but a PRF output of another authenticator secret.
    TestSecurityKey impostor = new TestSecurityKey(stack);
    String valid = org.signedChallenge(owner, y, owner.key());
    String salt =
        owner
            .api()
            .get(org.ceremony(y) + "/challenge")
            .json()
            .get("publicKey")
            .get("extensions")
            .get("prf")
            .get("evalByCredential")
            .elements()
            .next()
            .get("first")
            .asText();
    String wrongPrf =
        valid.replaceAll(
            "\"first\":\"[^\"]+\"",
            "\"first\":\""
                + java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(impostor.prf(java.util.Base64.getUrlDecoder().decode(salt)))
                + "\"");
    PortalApi.Response refused = owner.api().post(org.ceremony(y) + "/touches", wrongPrf);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).isEqualTo("root_key_not_opened");

    for (long id : List.of(x, y)) {
      JsonNode ceremony = owner.api().get(org.ceremony(id)).json();
      assertThat(ceremony.get("state").asText()).isEqualTo("OPEN");
      assertThat(ceremony.get("touches")).isEmpty();
    }
  }

  private static boolean runs(NotaryCli cli, String... args) throws InterruptedException {
    try {
      cli.run(args);
      return true;
    } catch (AssertionError | java.io.IOException failed) {
      return false;
    }
  }
}
