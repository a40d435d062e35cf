package dev.trustportal.portal.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.SealedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12KeystoreTest {

  @TempDir Path dataDir;

  @Test
  void generatesTheKeystoreAndItsPasswordPrivateToTheOwner() throws Exception {
    Path secrets = dataDir.resolve("secrets");

    Pkcs12Keystore.open(secrets);

    assertThat(mode(secrets)).isEqualTo("rwx------");
    assertThat(mode(secrets.resolve("custody-kek.p12"))).isEqualTo("rw-------");
    assertThat(mode(secrets.resolve("custody-kek.password"))).isEqualTo("rw-------");
    assertThat(Files.readString(secrets.resolve("custody-kek.password")))
        .hasSizeGreaterThanOrEqualTo(43);
  }

  @Test
  void reusesTheKeyOnTheNextOpen() throws Exception {
    Path secrets = dataDir.resolve("secrets");
    KeyVault first = new KeyVault(Pkcs12Keystore.open(secrets));
    byte[] keystore = Files.readAllBytes(secrets.resolve("custody-kek.p12"));
    byte[] secret = {1, 2, 3, 4};
    SealedKey sealed = first.seal(KeyVaultTest.ACME_ROOT, secret);

    KeyVault second = new KeyVault(Pkcs12Keystore.open(secrets));

    assertThat(Files.readAllBytes(secrets.resolve("custody-kek.p12"))).isEqualTo(keystore);
    assertThat(second.unseal(KeyVaultTest.ACME_ROOT, sealed)).isEqualTo(secret);
  }

  @Test
  void replacesAPasswordLeftWithoutItsKeystore() throws Exception {
    Path secrets = dataDir.resolve("secrets");
    Pkcs12Keystore.open(secrets);
    Files.delete(secrets.resolve("custody-kek.p12"));
    String oldPassword = Files.readString(secrets.resolve("custody-kek.password"));

    Pkcs12Keystore.open(secrets);

    assertThat(Files.readString(secrets.resolve("custody-kek.password"))).isNotEqualTo(oldPassword);
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
