package dev.trustportal.notary.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code notary} CLI against the test server with its own trust dir and fixed
 * passphrases.
 */
public final class NotaryCli {
  public static final String PASSPHRASE = "bridge-test-passphrase";

  /** Exit code and output of one CLI run. */
  public record Result(int exit, String out, String err) {
    /** stdout and stderr together: the CLI prints "* fatal" lines to either. */
    public String all() {
      return out + err;
    }

    public Result requireSuccess() {
      if (exit != 0) {
        throw new AssertionError("notary failed (" + exit + "):\n" + out + "\n" + err);
      }
      return this;
    }
  }

  private final RunningNotary notary;
  private final Path trustDir;

  public NotaryCli(RunningNotary notary, Path trustDir) {
    this.notary = notary;
    this.trustDir = trustDir;
  }

  /** A CLI with a fresh, empty trust dir: it trusts nothing yet. */
  public static NotaryCli fresh(RunningNotary notary) throws IOException {
    Files.createDirectories(notary.dir().resolve("trust"));
    return new NotaryCli(notary, Files.createTempDirectory(notary.dir().resolve("trust"), "cli-"));
  }

  public Path trustDir() {
    return trustDir;
  }

  public Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "notary",
                "-s",
                notary.uri().toString(),
                "--tlscacert",
                notary.caPem().toString(),
                "-d",
                trustDir.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(notary.dir(), "cli", ".out");
    Path err = Files.createTempFile(notary.dir(), "cli", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    for (String role : List.of("ROOT", "TARGETS", "SNAPSHOT", "DELEGATION")) {
      pb.environment().put("NOTARY_" + role + "_PASSPHRASE", PASSPHRASE);
    }
    Process p = pb.start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("notary timed out: " + cmd);
    }
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
