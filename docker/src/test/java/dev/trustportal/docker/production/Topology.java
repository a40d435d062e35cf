package dev.trustportal.docker.production;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The production topology docker/production-test.sh brought up for this test: its published ports,
 * its secrets, and docker-compose on its project.
 */
final class Topology {

  private final Path dir;
  private final Path script;
  private final Properties env = new Properties();

  private Topology(Path dir, Path script) {
    this.dir = dir;
    this.script = script;
    try (Reader reader = Files.newBufferedReader(dir.resolve("production.env"))) {
      env.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(
          "the topology is not up: no " + dir.resolve("production.env"), e);
    }
  }

  static Topology current() {
    return new Topology(
        Path.of(required("production.test.dir")), Path.of(required("production.test.script")));
  }

  /** HAProxy, the only way in to the portal. */
  URI portal(String path) {
    return URI.create("http://localhost:" + env.getProperty("TRUST_PORTAL_PORT") + path);
  }

  URI notaryServer() {
    return URI.create("https://localhost:" + env.getProperty("NOTARY_SERVER_PORT"));
  }

  Path secret(String name) {
    return Path.of(env.getProperty("TRUST_PORTAL_SECRETS")).resolve(name);
  }

  String secretValue(String name) {
    try {
      return Files.readString(secret(name)).trim();
    } catch (IOException e) {
      throw new IllegalStateException("secret " + name + " is not readable", e);
    }
  }

  Path workDir() throws IOException {
    return Files.createDirectories(dir.resolve("work"));
  }

  /** docker-compose ARGS on the test's project; answers its output, fails on a non-zero exit. */
  String compose(Duration timeout, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", script.toString(), "compose"));
    command.addAll(List.of(args));
    return run(command, timeout);
  }

  /** Waits until every service reports healthy again. */
  void awaitHealthy(Duration timeout) {
    run(
        List.of("bash", script.toString(), "await-healthy", String.valueOf(timeout.toSeconds())),
        timeout.plusMinutes(1));
  }

  String containerOf(String service) {
    return compose(Duration.ofMinutes(1), "ps", "-q", service).trim();
  }

  /** {@code docker ARGS}; answers the output. */
  String docker(Duration timeout, String... args) {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return run(command, timeout);
  }

  static String run(List<String> command, Duration timeout) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("PRODUCTION_TEST_DIR", System.getProperty("production.test.dir"));
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new AssertionError(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set by the build");
    }
    return value;
  }
}
