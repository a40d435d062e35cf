package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.NotaryKeyFiles;
import dev.trustportal.notary.crypto.Pem;
import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Opening the key files of an import: what notary writes opens, everything else is told apart. */
class KeyFilesTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");
  static final char[] PASSPHRASE = "targets-passphrase".toCharArray();

  final KeyPair targets = KeyPairs.ecdsaP256();
  final String targetsFile =
      NotaryKeyFiles.export(targets.getPrivate(), GUN, RoleName.TARGETS, PASSPHRASE);

  @Test
  void opensARootKeyFileTheNotaryCliWroteUnderItsCanonicalId() throws IOException {
    OpenedKey root =
        KeyFiles.open(
            KeyRole.ROOT, new KeyFile(cliRootKey(), "bridge-test-passphrase".toCharArray()));

    assertThat(root.role()).isEqualTo(KeyRole.ROOT);
    // The CLI named the file after this ID (golden/cli-made/private/root.canonical-id in
    // notary-bridge).
    assertThat(root.canonicalId().value()).isEqualTo(cliRootCanonicalId());
    assertThat(root.headers()).containsEntry("role", "root");
    assertThat(root.gunHeader()).isEmpty();
  }

  @Test
  void opensAnExportedTargetsKeyWithItsGunAndCanonicalId() {
    OpenedKey opened = KeyFiles.open(KeyRole.TARGETS, new KeyFile(targetsFile, PASSPHRASE.clone()));

    assertThat(opened.canonicalId()).isEqualTo(KeyIds.of(TufKeys.ofPublicKey(targets.getPublic())));
    assertThat(opened.gunHeader()).contains(GUN.value());
    assertThat(opened.privateKey().getEncoded()).isEqualTo(targets.getPrivate().getEncoded());
  }

  @Test
  void aWrongPassphraseIsReportedForTheKeyItWasGivenWith() {
    assertThatThrownBy(
            () -> KeyFiles.open(KeyRole.TARGETS, new KeyFile(targetsFile, "guess".toCharArray())))
        .isInstanceOfSatisfying(
            WrongKeyPassphraseException.class,
            e -> {
              assertThat(e.role()).isEqualTo(KeyRole.TARGETS);
              assertThat(e.code()).isEqualTo("wrong_passphrase");
              assertThat(e.getMessage())
                  .contains("targets key")
                  .contains("NOTARY_TARGETS_PASSPHRASE");
            });
  }

  @Test
  void aMissingFileIsMalformedInput() {
    assertMalformed(new KeyFile(null, null), "error.malformed_key.missing", "No root key file");
    assertMalformed(
        new KeyFile("  \n", PASSPHRASE), "error.malformed_key.missing", "No root key file");
  }

  @Test
  void twoBlocksInOneFileAreRefused() {
    assertMalformed(
        new KeyFile(targetsFile + targetsFile, PASSPHRASE),
        "error.malformed_key.several",
        "2 PEM blocks");
  }

  @Test
  void aCertificateIsNoPrivateKey() {
    var certificate =
        RootCertificates.generate(GUN, KeyPairs.ecdsaP256(), Instant.parse("2026-01-01T00:00:00Z"));
    String pem =
        new String(
            TufKeys.ofCertificate(certificate).publicBytes().toArray(), StandardCharsets.US_ASCII);

    assertMalformed(new KeyFile(pem, PASSPHRASE), "error.malformed_key.type", "type CERTIFICATE");
  }

  @Test
  void textThatIsNoPemOrNoKeyIsUnreadable() {
    assertMalformed(
        new KeyFile("my passphrase is secret", PASSPHRASE), "error.malformed_key", "no PEM block");
    assertMalformed(
        new KeyFile(Pem.encode("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3}), PASSPHRASE),
        "error.malformed_key",
        "malformed ENCRYPTED PRIVATE KEY");
    assertMalformed(
        new KeyFile(targetsFile.replace("-----END", "x-----END"), PASSPHRASE),
        "error.malformed_key",
        "not a private key notary can use");
  }

  @Test
  void aKeyFileNeverShowsItsPassphrase() {
    assertThat(new KeyFile(targetsFile, "s3cret-words".toCharArray()).toString())
        .doesNotContain("s3cret");
  }

  private static void assertMalformed(KeyFile file, String messageKey, String text) {
    assertThatThrownBy(() -> KeyFiles.open(KeyRole.ROOT, file))
        .isInstanceOfSatisfying(
            MalformedKeyFileException.class,
            e -> {
              assertThat(e.role()).isEqualTo(KeyRole.ROOT);
              assertThat(e.code()).isEqualTo("malformed_key");
              assertThat(e.messageKey()).isEqualTo(messageKey);
              assertThat(e.getMessage()).contains(text);
            });
  }

  static String cliRootKey() throws IOException {
    return resource("cli-made/root.key");
  }

  static String cliRootCanonicalId() {
    return "8dadfaa968748cad5fba3da228ea22f08cd4acc9fbf9aa1708ecde93c067e221";
  }

  static String resource(String name) throws IOException {
    try (InputStream in = KeyFilesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
