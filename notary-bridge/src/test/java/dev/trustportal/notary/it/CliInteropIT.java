package dev.trustportal.notary.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.EncryptedPem;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.NotaryKeyFiles;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.SignedTarget;
import dev.trustportal.notary.verify.TrustedRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenarios 2 and 3: what the CLI publishes the bridge verifies, and keys travel both ways. */
@ExtendWith(NotaryServerExtension.class)
class CliInteropIT {
  private static final String ODD_NAME = "x<y>&z \"q\" \\ é ☃ 𝄞";
  private static final char[] PASS = NotaryCli.PASSPHRASE.toCharArray();

  @Test
  void bridgeVerifiesRepositoryPublishedByCli(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/cli/made");
    NotaryCli cli = cliRepositoryWithDelegation(notary, gun);

    TrustedRepository repo =
        bridge(notary, new InMemorySigningKeys()).fetch(gun).requireAllVerified();

    assertThat(repo.targetsList())
        .extracting(SignedTarget::name, t -> t.role().value())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("latest", "targets"),
            org.assertj.core.groups.Tuple.tuple(ODD_NAME, "targets"),
            org.assertj.core.groups.Tuple.tuple("custom", "targets"),
            org.assertj.core.groups.Tuple.tuple("v1", "targets/releases"));
    assertThat(repo.results().values()).allMatch(r -> r.verified());
    assertThat(cli.run("list", gun.value()).requireSuccess().out())
        .contains(repo.lookup("v1").orElseThrow().sha256Hex());
    // Golden: our encoding of every CLI file is byte-identical to the canonical bytes notary signed
    // (facts §4).
    List<Metadata<?>> files =
        new ArrayList<>(List.of(repo.root(), repo.timestamp(), repo.snapshot(), repo.targets()));
    files.addAll(repo.delegations().values());
    for (Metadata<?> md : files) {
      assertThat(new String(MetadataCodec.canonicalSigned(md.signed()), StandardCharsets.UTF_8))
          .isEqualTo(new String(md.canonicalSigned().toArray(), StandardCharsets.UTF_8));
    }
    assertThat(repo.targets().fileBytes().toArray())
        .asString(StandardCharsets.UTF_8)
        .contains("x\\u003cy\\u003e\\u0026z"); // the CLI escaped the file, yet signed the raw form
  }

  @Test
  void bridgeSignsWithKeysExportedByCli(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/cli/keys");
    NotaryCli cli = cliRepositoryWithDelegation(notary, gun);
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = bridge(notary, keys);
    TrustedRepository before = bridge.fetch(gun);
    for (RoleName role : List.of(RoleName.TARGETS, RoleName.SNAPSHOT)) {
      KeyId id = before.root().signed().role(role).keyIds().get(0);
      Path out = cli.trustDir().resolve(role + ".pem");
      cli.run("key", "export", "--key", id.value(), "-o", out.toString()).requireSuccess();
      EncryptedPem.Decrypted imported = NotaryKeyFiles.importKey(Files.readString(out), PASS);
      assertThat(imported.headers())
          .containsEntry("role", role.value())
          .containsEntry("gun", gun.value());
      assertThat(keys.add(imported.privateKey())).isEqualTo(id);
    }

    // The CLI holds snapshot in this repository, so the bridge signs a client snapshot with the
    // imported key.
    bridge.publish(
        gun,
        new Change.AddTarget(RoleName.TARGETS, "from-bridge", FileMetas.of(new byte[] {1, 2, 3})));

    NotaryCli fresh = NotaryCli.fresh(notary);
    assertThat(fresh.run("lookup", gun.value(), "from-bridge").requireSuccess().out())
        .contains("from-bridge");
    assertThat(cli.run("list", gun.value()).requireSuccess().out())
        .contains("from-bridge")
        .contains("latest");
  }

  @Test
  void cliSignsWithKeyExportedByBridge(RunningNotary notary) throws Exception {
    Gun gun = new Gun("example.com/bridge/exported");
    InMemorySigningKeys keys = new InMemorySigningKeys();
    NotaryBridge bridge = bridge(notary, keys);
    KeyPair releases = KeyPairs.ecdsaP256();
    bridge.initialise(gun);
    bridge.publish(
        gun,
        new Change.AddDelegation(
            RoleName.RELEASES, List.of(TufKeys.ofPublicKey(releases.getPublic())), 1, List.of("")));
    NotaryCli cli = NotaryCli.fresh(notary);
    Path pem = cli.trustDir().resolve("releases.pem");
    Files.writeString(
        pem, NotaryKeyFiles.export(releases.getPrivate(), gun, RoleName.RELEASES, PASS));

    cli.run("key", "import", pem.toString(), "--role", "targets/releases").requireSuccess();
    Path content = Files.writeString(cli.trustDir().resolve("content"), "signed by the CLI");
    cli.run("add", "-p", gun.value(), "cli-tag", content.toString(), "--roles", "targets/releases")
        .requireSuccess();

    SignedTarget tag = bridge.fetch(gun).requireAllVerified().lookup("cli-tag").orElseThrow();
    assertThat(tag.role()).isEqualTo(RoleName.RELEASES);
    assertThat(bridge.fetch(gun).results().get(RoleName.RELEASES).signed())
        .containsExactly(KeyIds.of(TufKeys.ofPublicKey(releases.getPublic())));
  }

  /**
   * notary init -p, a delegation with an openssl certificate, tags in targets and in
   * targets/releases.
   */
  static NotaryCli cliRepositoryWithDelegation(RunningNotary notary, Gun gun) throws Exception {
    NotaryCli cli = NotaryCli.fresh(notary);
    Path d = cli.trustDir();
    cli.run("init", "-p", gun.value()).requireSuccess();
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
                "alice.key",
                "-out",
                "alice.crt",
                "-days",
                "365",
                "-subj",
                "/CN=alice")
            .directory(d.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor()).isZero();
    Path content = Files.writeString(d.resolve("content"), "hello");
    Path custom = Files.writeString(d.resolve("custom.json"), "{\"a\":\"x\",\"b\":1}");
    cli.run(
            "delegation",
            "add",
            gun.value(),
            "targets/releases",
            d.resolve("alice.crt").toString(),
            "--all-paths")
        .requireSuccess();
    cli.run("key", "import", d.resolve("alice.key").toString(), "--role", "targets/releases")
        .requireSuccess();
    cli.run("add", gun.value(), "v1", content.toString(), "--roles", "targets/releases")
        .requireSuccess();
    cli.run("add", gun.value(), "latest", content.toString()).requireSuccess();
    cli.run("add", gun.value(), ODD_NAME, content.toString()).requireSuccess();
    cli.run("add", gun.value(), "custom", content.toString(), "--custom", custom.toString())
        .requireSuccess();
    cli.run("publish", gun.value()).requireSuccess();
    return cli;
  }

  private static NotaryBridge bridge(RunningNotary notary, InMemorySigningKeys keys) {
    return new NotaryBridge(notary.config(), keys, Clock.systemUTC());
  }
}
