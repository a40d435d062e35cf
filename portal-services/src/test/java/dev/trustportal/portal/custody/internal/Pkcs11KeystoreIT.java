package dev.trustportal.portal.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.KeystoreUnavailableException;
import dev.trustportal.portal.custody.SealedKey;
import dev.trustportal.portal.custody.SealedKeyMismatchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The key-encryption key on a real SoftHSM2 token. SoftHSM reads SOFTHSM2_CONF from the process
 * environment when SunPKCS11 initialises it, so failsafe forks this JVM with SOFTHSM2_CONF pointing
 * under target/; this class writes that file, and a fresh token, before any provider exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11KeystoreIT {

  static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
  static final String PIN = "1234";
  static long slot;

  @BeforeAll
  static void initialiseToken() throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    assertThat(conf)
        .as("SOFTHSM2_CONF, set by the failsafe execution in portal-services/pom.xml")
        .isNotBlank();
    assertThat(Path.of(LIBRARY))
        .as("SoftHSM2 (tools/deps.sh installs the Debian package softhsm2)")
        .exists();
    Path tokens = Path.of(conf).getParent().resolve("tokens");
    deleteRecursively(tokens);
    Files.createDirectories(tokens);
    Files.writeString(
        Path.of(conf),
        "directories.tokendir = "
            + tokens.toAbsolutePath()
            + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    String out =
        run(
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            "portal-test",
            "--pin",
            PIN,
            "--so-pin",
            "5678");
    Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
    assertThat(m.find()).as("softhsm2-util output: %s", out).isTrue();
    slot = Long.parseLong(m.group(1));
  }

  @Test
  void generatesAKeyInTheTokenThatCannotBeExtracted() {
    JceKeyEncryptionKey kek = Pkcs11Keystore.open(settings("kek-extract", Optional.of(PIN)));

    assertThat(kek.id()).isEqualTo("pkcs11:kek-extract");
    assertThat(kek.key().getEncoded()).isNull();
    assertThat(kek.key().toString()).contains("token object", "sensitive", "unextractable");
  }

  @Test
  void sealsAndOpensWithTheSameTokenKeyAfterReopening() {
    byte[] secret = "a PKCS#8 key would be here".getBytes(StandardCharsets.UTF_8);
    SealedKey sealed =
        new KeyVault(Pkcs11Keystore.open(settings("kek-reopen", Optional.of(PIN))))
            .seal(KeyVaultTest.ACME_ROOT, secret);

    KeyVault reopened = new KeyVault(Pkcs11Keystore.open(settings("kek-reopen", Optional.of(PIN))));

    assertThat(reopened.unseal(KeyVaultTest.ACME_ROOT, sealed)).isEqualTo(secret);
  }

  @Test
  void rejectsATamperedSealedKey() {
    KeyVault vault = new KeyVault(Pkcs11Keystore.open(settings("kek-tamper", Optional.of(PIN))));
    SealedKey sealed = vault.seal(KeyVaultTest.ACME_ROOT, new byte[] {1, 2, 3});
    byte[] ciphertext = sealed.ciphertext();
    ciphertext[0] ^= 0x01;

    assertThatThrownBy(
            () ->
                vault.unseal(
                    KeyVaultTest.ACME_ROOT,
                    new SealedKey(sealed.kekId(), sealed.algorithm(), sealed.nonce(), ciphertext)))
        .isInstanceOf(SealedKeyMismatchException.class);
  }

  @Test
  void readsThePinFromAFile() throws Exception {
    Path pinFile = Files.writeString(Files.createTempFile("pin", ".txt"), PIN + "\n");
    Pkcs11Settings settings =
        Pkcs11Settings.from(
            config(
                Map.of(
                    "library",
                    LIBRARY,
                    "slot",
                    Long.toString(slot),
                    "pin-file",
                    pinFile.toString(),
                    "key-label",
                    "kek-pinfile")));

    assertThat(Pkcs11Keystore.open(settings).id()).isEqualTo("pkcs11:kek-pinfile");
  }

  // First: PKCS#11 login state belongs to the process, not the provider object, so once another
  // test has
  // logged in, SunPKCS11 sees a logged-in session and never presents a later PIN to the token.
  @Test
  @Order(1)
  void reportsAWrongPin() {
    assertThatThrownBy(() -> Pkcs11Keystore.open(settings("kek-pin", Optional.of("9999"))))
        .isInstanceOf(KeystoreUnavailableException.class)
        .hasMessageContaining("PIN");
  }

  static Pkcs11Settings settings(String keyLabel, Optional<String> pin) {
    return Pkcs11Settings.from(
        config(
            Map.of(
                "library",
                LIBRARY,
                "slot",
                Long.toString(slot),
                "pin",
                pin.orElseThrow(),
                "key-label",
                keyLabel)));
  }

  static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key.substring(Pkcs11Settings.PREFIX.length())));
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
    return out;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
