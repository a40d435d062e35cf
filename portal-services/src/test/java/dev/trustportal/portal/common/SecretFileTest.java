package dev.trustportal.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

  @TempDir Path dataDir;

  @Test
  void writesTheSecretReadableByTheOwnerOnlyInAPrivateDirectory() throws Exception {
    Path file = dataDir.resolve("secrets").resolve("admin-password");

    SecretFile.write(file, "s3cret".toCharArray());

    assertThat(Files.readString(file)).isEqualTo("s3cret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void replacesAnOlderSecret() throws Exception {
    Path file = dataDir.resolve("secrets").resolve("admin-password");
    SecretFile.write(file, "old".toCharArray());

    SecretFile.write(file, "new".toCharArray());

    assertThat(Files.readString(file)).isEqualTo("new");
  }
}
