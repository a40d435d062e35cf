package dev.trustportal.notary.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.NotaryKeyFiles;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.Signatures;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.RepositoryVerifier;
import dev.trustportal.notary.verify.TrustedRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files made by the real notary CLI (src/test/resources/golden/cli-made): codec, key IDs,
 * keys.
 */
class CliGoldenFilesTest {
  private static final Gun GUN = new Gun("example.com/cli/made");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "root.json,root,Root",
    "targets.json,targets,Targets",
    "targets/releases.json,targets/releases,Targets",
    "snapshot.json,snapshot,Snapshot",
    "timestamp.json,timestamp,Timestamp"
  })
  void encodesCliFilesByteIdenticalToWhatNotarySigned(String file, String role, String type)
      throws Exception {
    Class<? extends Signed> cls =
        switch (type) {
          case "Root" -> Root.class;
          case "Snapshot" -> Snapshot.class;
          case "Timestamp" -> Timestamp.class;
          default -> Targets.class;
        };
    Metadata<? extends Signed> md = MetadataCodec.parse(new RoleName(role), golden(file), cls);
    byte[] ours = MetadataCodec.canonicalSigned(md.signed());
    assertThat(new String(ours, StandardCharsets.UTF_8))
        .isEqualTo(new String(md.canonicalSigned().toArray(), StandardCharsets.UTF_8));
    // The judge is notary's own signature: it must verify over the bytes our records encode to.
    Map<KeyId, Key> keys =
        new java.util.HashMap<>(
            MetadataCodec.parse(RoleName.ROOT, golden("root.json"), Root.class).signed().keys());
    keys.putAll(
        MetadataCodec.parse(RoleName.TARGETS, golden("targets.json"), Targets.class)
            .signed()
            .delegations()
            .keys());
    assertThat(md.signatures())
        .isNotEmpty()
        .allSatisfy(
            sig -> assertThat(Signatures.verify(keys.get(sig.keyId()), sig, ours)).isTrue());
  }

  @Test
  void signsRawCharactersThatTheCliFileEscapes() throws Exception {
    Metadata<Targets> md =
        MetadataCodec.parse(RoleName.TARGETS, golden("targets.json"), Targets.class);
    String file = new String(md.fileBytes().toArray(), StandardCharsets.UTF_8);
    String canonical = new String(md.canonicalSigned().toArray(), StandardCharsets.UTF_8);
    assertThat(file).contains("\"x\\u003cy\\u003e\\u0026z \\\"q\\\" \\\\ é ☃ 𝄞\"");
    assertThat(canonical).contains("\"x<y>&z \\\"q\\\" \\\\ é ☃ 𝄞\"");
  }

  @Test
  void computesKeyIdsExactlyAsNotary() throws Exception {
    Root root = MetadataCodec.parse(RoleName.ROOT, golden("root.json"), Root.class).signed();
    for (Map.Entry<KeyId, Key> e : root.keys().entrySet()) {
      assertThat(KeyIds.of(e.getValue())).isEqualTo(e.getKey());
    }
    Key rootCert = root.keysOf(RoleName.ROOT).values().iterator().next();
    assertThat(rootCert.keyType()).isEqualTo(Wire.KEY_ECDSA_X509);
    // The CLI named the root key file after the canonical ID, which differs from the ID in
    // root.json.
    KeyId fileName =
        new KeyId(
            new String(golden("private/root.canonical-id"), StandardCharsets.US_ASCII).trim());
    assertThat(KeyIds.canonical(rootCert)).isEqualTo(fileName).isNotEqualTo(KeyIds.of(rootCert));
  }

  @Test
  void decryptsRootKeyFileWrittenByCli() throws Exception {
    var key =
        NotaryKeyFiles.importKey(
            new String(golden("private/root.key"), StandardCharsets.US_ASCII),
            "bridge-test-passphrase".toCharArray());
    assertThat(key.headers()).containsEntry("role", "root");
    KeyId expected =
        new KeyId(
            new String(golden("private/root.canonical-id"), StandardCharsets.US_ASCII).trim());
    assertThat(KeyIds.of(TufKeys.ofPublicKey(PrivateKeys.publicKeyOf(key.privateKey()))))
        .isEqualTo(expected);
  }

  @Test
  void verifiesTheWholeCliRepository() {
    Map<RoleName, String> names =
        Map.of(
            RoleName.ROOT,
            "root.json",
            RoleName.TIMESTAMP,
            "timestamp.json",
            RoleName.SNAPSHOT,
            "snapshot.json",
            RoleName.TARGETS,
            "targets.json",
            RoleName.RELEASES,
            "targets/releases.json");
    TrustedRepository repo =
        new RepositoryVerifier(CLOCK)
            .verify(
                GUN,
                (role, listed) ->
                    Optional.ofNullable(names.get(role)).map(CliGoldenFilesTest::goldenUnchecked),
                Optional.empty(),
                Map.of())
            .requireAllVerified();
    assertThat(repo.targetsList()).hasSize(4);
    assertThat(repo.lookup("custom").orElseThrow().file().custom())
        .contains("{\"a\":\"x\",\"b\":1}");
  }

  static byte[] golden(String name) throws IOException {
    try (InputStream in =
        CliGoldenFilesTest.class.getResourceAsStream("/golden/cli-made/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] goldenUnchecked(String name) {
    try {
      return golden(name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
