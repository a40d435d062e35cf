package dev.trustportal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A repository published with the real notary CLI from a trust directory of its own, as someone
 * would before importing it into the portal. Its private keys are the files {@code
 * private/<canonical id>.key}.
 */
final class CliRepository {

  static final String ROOT_PASSPHRASE = NotaryCli.ROOT_PASSPHRASE;
  static final String TARGETS_PASSPHRASE = NotaryCli.TARGETS_PASSPHRASE;

  private final String gun;
  private final Path trustDir;
  private final NotaryCli cli;

  private CliRepository(PortalStack stack, String gun, Path trustDir) {
    this.gun = gun;
    this.trustDir = trustDir;
    this.cli = NotaryCli.member(stack, trustDir, gun, "OWNER");
  }

  /** {@code notary init -p} (client-held snapshot, the CLI's default) and one published tag. */
  static CliRepository publish(PortalStack stack, String gun, Path work) throws Exception {
    CliRepository repository =
        new CliRepository(stack, gun, Files.createDirectories(work.resolve("trust")));
    repository.cli.run("init", "-p", gun);
    repository.cli.run(
        "add", "-p", gun, "v1", NotaryCli.file(work, "v1.txt", "release one").toString());
    return repository;
  }

  /** {@code notary key rotate <gun> snapshot -r}: notary-server signs snapshots from now on. */
  CliRepository handSnapshotKeyToServer() throws Exception {
    cli.run("key", "rotate", gun, "snapshot", "-r");
    return this;
  }

  String gun() {
    return gun;
  }

  NotaryCli cli() {
    return cli;
  }

  /** The text of the role's key file, exactly as the CLI wrote it. */
  String keyFile(String role) throws IOException {
    return Files.readString(keyPath(role));
  }

  /** The canonical key ID, which names the file. */
  String keyId(String role) throws IOException {
    return keyPath(role).getFileName().toString().replace(".key", "");
  }

  private Path keyPath(String role) throws IOException {
    try (Stream<Path> files = Files.list(trustDir.resolve("private"))) {
      List<Path> found = files.filter(f -> hasRole(f, role)).toList();
      if (found.size() != 1) {
        throw new AssertionError(
            "expected one " + role + " key in " + trustDir + ", found " + found);
      }
      return found.get(0);
    }
  }

  private static boolean hasRole(Path file, String role) {
    try {
      return Files.readAllLines(file).contains("role: " + role);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
