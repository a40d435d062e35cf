package dev.trustportal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code notary} CLI from Debian's package, with its own trust directory. */
final class NotaryCli {

  static final String ROOT_PASSPHRASE = "it-root-passphrase";
  static final String TARGETS_PASSPHRASE = "it-targets-passphrase";

  private final PortalStack stack;
  private final Path trustDir;

  NotaryCli(PortalStack stack, Path trustDir) {
    this.stack = stack;
    this.trustDir = trustDir;
  }

  /** Runs {@code notary <args>} and returns its combined output; fails on a non-zero exit. */
  String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        "notary", "-s", stack.notaryServer().toString(), "--tlscacert", stack.caCertificate().toString(),
        "-d", trustDir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NOTARY_ROOT_PASSPHRASE", ROOT_PASSPHRASE);
    builder.environment().put("NOTARY_TARGETS_PASSPHRASE", TARGETS_PASSPHRASE);
    builder.environment().put("NOTARY_SNAPSHOT_PASSPHRASE", "it-snapshot-passphrase");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError("notary " + String.join(" ", args) + " failed:\n" + output);
    }
    return output;
  }

  static Path file(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
