package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack owner-held custody answers: a thief with the portal's database and its platform
 * key-encryption key, but no owner's security key, signs root. In SERVER custody that works (the
 * root key is sealed under the key-encryption key alone); in OWNERS custody no stored blob opens
 * any root key.
 */
class KeyEncryptionKeyAloneIT {

  private final PortalStack stack = PortalStack.current();
  private final PortalApi admin = PortalApi.asAdmin(stack);

  @Test
  void theDatabaseAndTheKeyEncryptionKeyOpenNoRootKeyOfAnOwnersRepository(@TempDir Path work)
      throws Exception {
    OwnerHeldRoots owners =
        new OwnerHeldRoots(stack, "owners-custody").withOwners(3).inOwnersCustody(2);
    String gun = owners.initialisedRepository("app");

    List<X509Certificate> roots = rootCertificates(gun, work.resolve("owners"));
    KeyEncryptionKeyThief thief = new KeyEncryptionKeyThief(stack);

    assertThat(roots).hasSize(3);
    assertThat(thief.blobCount(gun)).as("stored blobs of " + gun).isGreaterThanOrEqualTo(4);
    List<String> opened = thief.openRootKeys(gun, roots);
    System.out.println(
        "OWNERS custody, " + thief.blobCount(gun) + " blobs tried, KEK alone opened: " + opened);
    assertThat(opened).as("root keys of " + gun + " opened with the KEK alone").isEmpty();
  }

  @Test
  void theSameAttemptOpensTheRootKeyOfAServerRepository(@TempDir Path work) throws Exception {
    String org = organisation("server-custody");
    String gun = repository(org, "app");

    List<X509Certificate> roots = rootCertificates(gun, work.resolve("server"));
    List<String> opened = new KeyEncryptionKeyThief(stack).openRootKeys(gun, roots);

    System.out.println("SERVER custody, KEK alone opened: " + opened);
    assertThat(opened).hasSize(1);
  }

  private List<X509Certificate> rootCertificates(String gun, Path trustDir) throws Exception {
    NotaryCli.member(stack, trustDir, gun, "SIGNER").run("list", gun);
    return KeyEncryptionKeyThief.rootCertificates(
        new ObjectMapper()
            .readTree(trustDir.resolve("tuf/" + gun + "/metadata/root.json").toFile()));
  }

  private String repository(String org, String name) {
    PortalApi.Response created =
        admin.post("/api/v1/orgs/" + org + "/repositories", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("gun").asText();
  }

  private String organisation(String prefix) {
    String org = OrganisationsApiIT.uniqueName(prefix);
    assertThat(admin.post("/api/v1/orgs", "{\"name\":\"" + org + "\"}").status()).isEqualTo(201);
    return org;
  }
}
