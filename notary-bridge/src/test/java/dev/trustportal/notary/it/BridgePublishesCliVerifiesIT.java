package dev.trustportal.notary.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.TrustedRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1: the bridge creates a repository with delegations; a fresh notary CLI lists and
 * verifies it.
 */
@ExtendWith(NotaryServerExtension.class)
class BridgePublishesCliVerifiesIT {
  private static final RoleName JEFF = new RoleName("targets/jeff");

  @Test
  void cliVerifiesRepositoryInitialisedAndDelegatedByBridge(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/bridge/one");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = new NotaryBridge(notary.config(), keys, Clock.systemUTC());
    KeyPair releasesPair = KeyPairs.ecdsaP256();
    keys.add(releasesPair.getPrivate());
    Key releasesKey = TufKeys.ofPublicKey(releasesPair.getPublic());
    Path jeffDir = Files.createTempDirectory(notary.dir(), "jeff");
    Key jeffCert = opensslCertificate(jeffDir, keys);
    byte[] image = "image v1 manifest".getBytes(StandardCharsets.UTF_8);
    FileMeta v1 = FileMetas.of(image);

    bridge.initialise(gun);
    bridge.publish(
        gun,
        List.of(
            new Change.AddDelegation(
                RoleName.RELEASES, List.of(releasesKey, jeffCert), 1, List.of("")),
            new Change.AddDelegation(JEFF, List.of(jeffCert), 1, List.of("")),
            new Change.AddTarget(RoleName.RELEASES, "v1", v1)));

    String digest = v1.hash(Wire.HASH_SHA256).orElseThrow().hex();
    NotaryCli.Result list = NotaryCli.fresh(notary).run("list", gun.value()).requireSuccess();
    assertThat(list.out()).contains("v1").contains(digest).contains("targets/releases");
    assertThat(list.err()).doesNotContain("warning");
    NotaryCli.Result delegations =
        NotaryCli.fresh(notary).run("delegation", "list", gun.value()).requireSuccess();
    assertThat(delegations.out())
        .contains("targets/releases")
        .contains("targets/jeff")
        .contains(KeyIds.of(releasesKey).value())
        // The CLI prints the canonical ID of a certificate key, not the ID in targets.json (facts
        // §6).
        .contains(KeyIds.canonical(jeffCert).value())
        .doesNotContain(KeyIds.of(jeffCert).value());
    NotaryCli.Result lookup =
        NotaryCli.fresh(notary).run("lookup", gun.value(), "v1").requireSuccess();
    assertThat(lookup.out()).contains("v1 sha256:" + digest + " " + image.length);

    TrustedRepository read = bridge.fetch(gun).requireAllVerified();
    assertThat(read.lookup("v1").orElseThrow().role()).isEqualTo(RoleName.RELEASES);
    assertThat(read.delegationRoles())
        .extracting(d -> d.name().value())
        .containsExactly("targets/releases", "targets/jeff");
  }

  /** A P-256 key and self-signed certificate made by openssl, as a signer would bring them. */
  private static Key opensslCertificate(Path dir, InMemorySigningKeys keys) throws Exception {
    Process p =
        new ProcessBuilder(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-keyout",
                "jeff.key",
                "-out",
                "jeff.crt",
                "-days",
                "365",
                "-subj",
                "/CN=jeff")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor()).isZero();
    keys.add(PrivateKeys.parsePlainPem(Files.readString(dir.resolve("jeff.key"))));
    Key cert = TufKeys.fromPublicPem(Files.readString(dir.resolve("jeff.crt")));
    assertThat(cert.keyType()).isEqualTo(Wire.KEY_ECDSA_X509);
    return cert;
  }
}
