package dev.trustportal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code notary} CLI from Debian's package, with its own trust directory. notary-server
 * asks the portal's token service who may do what, so the CLI signs in there with {@code
 * NOTARY_AUTH} (base64 of {@code user:password}); without credentials it gets tokens that grant
 * nothing.
 */
final class NotaryCli {

  private static final String RELEASES = "targets/releases";
  static final String ROOT_PASSPHRASE = "it-root-passphrase";
  static final String TARGETS_PASSPHRASE = "it-targets-passphrase";
  static final String DELEGATION_PASSPHRASE = "it-delegation-passphrase";

  private final PortalStack stack;
  private final Path trustDir;
  private final Optional<String> auth;
  private final String rootPassphrase;

  NotaryCli(PortalStack stack, Path trustDir) {
    this(stack, trustDir, Optional.empty());
  }

  private NotaryCli(PortalStack stack, Path trustDir, Optional<String> auth) {
    this(stack, trustDir, auth, ROOT_PASSPHRASE);
  }

  private NotaryCli(
      PortalStack stack, Path trustDir, Optional<String> auth, String rootPassphrase) {
    this.stack = stack;
    this.trustDir = trustDir;
    this.auth = auth;
    this.rootPassphrase = rootPassphrase;
  }

  /** The same CLI whose root keys are under {@code passphrase} (a recovery kit's). */
  NotaryCli withRootPassphrase(String passphrase) {
    return new NotaryCli(stack, trustDir, auth, passphrase);
  }

  /** The CLI signing in to the token service as {@code username}. */
  static NotaryCli as(PortalStack stack, Path trustDir, String username, String password) {
    String pair = username + ":" + password;
    return new NotaryCli(
        stack,
        trustDir,
        Optional.of(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * The CLI as a new account that is {@code role} of the organisation {@code gun} names ({@code
   * <registry host>/<organisation>/<name>}): what the token service grants depends on it.
   */
  static NotaryCli member(PortalStack stack, Path trustDir, String gun, String role) {
    PortalApi admin = PortalApi.asAdmin(stack);
    String username = TwoTenants.createUser(admin, "cli-" + role.toLowerCase());
    TwoTenants.addMember(admin, gun.split("/")[1], username, role);
    return as(stack, trustDir, username, TwoTenants.PASSWORD);
  }

  /** Runs {@code notary <args>} and returns its combined output; fails on a non-zero exit. */
  String run(String... args) throws IOException, InterruptedException {
    return run(notary(args), "", true);
  }

  /** As {@link #run(String...)}, with {@code input} on its standard input (a "yes" it asks). */
  String runWithInput(String input, String... args) throws IOException, InterruptedException {
    return run(notary(args), input, true);
  }

  /**
   * As {@link #run(String...)} at a terminal (util-linux {@code script}), without a root passphrase
   * in the environment: notary then asks each passphrase, read from {@code input}.
   */
  String runAtTerminal(String input, String... args) throws IOException, InterruptedException {
    String line =
        notary(args).stream()
            .map(arg -> "'" + arg.replace("'", "'\\''") + "'")
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    return run(List.of("script", "-qec", line, "/dev/null"), input, false);
  }

  private List<String> notary(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "notary",
                "-s",
                stack.notaryServer().toString(),
                "--tlscacert",
                stack.caCertificate().toString(),
                "-d",
                trustDir.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private String run(List<String> command, String input, boolean passphrasesInEnvironment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (passphrasesInEnvironment) {
      builder.environment().put("NOTARY_ROOT_PASSPHRASE", rootPassphrase);
      builder.environment().put("NOTARY_TARGETS_PASSPHRASE", TARGETS_PASSPHRASE);
      builder.environment().put("NOTARY_SNAPSHOT_PASSPHRASE", "it-snapshot-passphrase");
      builder.environment().put("NOTARY_DELEGATION_PASSPHRASE", DELEGATION_PASSPHRASE);
    } else {
      // notary takes the delegation passphrase for any key without a base role (a key generated
      // to a file): at the terminal every passphrase is asked.
      List.of("ROOT", "TARGETS", "SNAPSHOT", "DELEGATION")
          .forEach(role -> builder.environment().remove("NOTARY_" + role + "_PASSPHRASE"));
    }
    auth.ifPresentOrElse(
        a -> builder.environment().put("NOTARY_AUTH", a),
        () -> builder.environment().remove("NOTARY_AUTH"));
    Process process = builder.start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /** Imports a signer's private key for {@code role}, from a file as the signer keeps it. */
  void importKey(Path work, String keyName, KeyPair key, String role)
      throws IOException, InterruptedException {
    run(
        "key",
        "import",
        file(work, keyName + ".key", SignerKeyMaterial.privatePem(key)).toString(),
        "--role",
        role);
  }

  /** Adds {@code tag} (a small file with {@code content}) in {@code role}, unpublished. */
  void addTag(Path work, String gun, String tag, String content, String role)
      throws IOException, InterruptedException {
    run("add", gun, tag, file(work, tag + ".txt", content).toString(), "--roles", role);
  }

  /**
   * What a signer of {@code targets/releases} does to release a tag: imports their key, adds the
   * tag and publishes.
   */
  void releaseTag(Path work, String keyName, KeyPair key, String gun, String tag)
      throws IOException, InterruptedException {
    importKey(work, keyName, key, RELEASES);
    addTag(work, gun, tag, "one", RELEASES);
    run("publish", gun);
  }

  static Path file(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
