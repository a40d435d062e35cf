package dev.trustportal.it;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The stack the build started for these tests: where it lives and how to reach it. */
final class PortalStack {

  private static PortalStack current;

  private final Path dataDir;
  private final Properties ports;

  private PortalStack(Path dataDir) {
    this.dataDir = dataDir;
    this.ports = load(dataDir.resolve("ports.env"));
  }

  static synchronized PortalStack current() {
    if (current == null) {
      current = new PortalStack(Path.of(required("it.data.dir")));
    }
    return current;
  }

  URI portal(String path) {
    return URI.create("http://127.0.0.1:" + ports.getProperty("HTTP_PORT") + path);
  }

  /**
   * The portal under the host name {@code localhost}, the relying-party ID of security keys on test
   * stacks.
   */
  URI portalOnLocalhost(String path) {
    return URI.create("http://localhost:" + httpPort() + path);
  }

  String httpPort() {
    return ports.getProperty("HTTP_PORT");
  }

  /** Payara's admin listener (asadmin, REST {@code /management}) of the stack's own instance. */
  String adminPort() {
    return ports.getProperty("ADMIN_PORT");
  }

  URI notaryServer() {
    return URI.create("https://127.0.0.1:" + ports.getProperty("NOTARY_SERVER_PORT"));
  }

  Path caCertificate() {
    return dataDir.resolve("pki/ca.crt");
  }

  Path dataDir() {
    return dataDir;
  }

  static Path toolsDir() {
    return Path.of(required("it.tools.dir"));
  }

  String adminPassword() {
    return required("it.admin.password");
  }

  Path screenshotDir() throws IOException {
    return Files.createDirectories(Path.of(required("it.screenshot.dir")));
  }

  /**
   * Moves the registration of the keys the condition selects back past the 72-hour cooling-off, for
   * tests whose people register a key after their organisation requires approvals
   * (SecurityKeyConfirmationIT proves the rule itself).
   */
  void letKeysCoolOff(String condition) throws IOException, InterruptedException {
    portalSql(
        "update security_key set created_at = created_at - interval '72 hours 1 minute' where "
            + condition);
  }

  /** Runs one query on the portal's database with psql, as the portal's database user. */
  String portalSql(String query) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                ports.getProperty("PG_PORT"),
                "-U",
                "portal",
                "-d",
                "portal",
                "-qAtc",
                query)
            .redirectErrorStream(true);
    builder
        .environment()
        .put("PGPASSWORD", Files.readString(dataDir.resolve("secrets/portal-db-password")).trim());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes()).trim();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + output);
    }
    return output;
  }

  /** Stops PostgreSQL, notary-signer, notary-server and Payara, and starts them again. */
  void restart() throws IOException, InterruptedException {
    restart(Map.of());
  }

  /**
   * Restarts the stack with extra environment variables for Payara, which MicroProfile Config reads
   * ({@code PORTAL_OIDC_ISSUER} for {@code portal.oidc.issuer}); a later {@link #restart()} drops
   * them.
   */
  void restart(Map<String, String> configuration) throws IOException, InterruptedException {
    stackCommand("restart", Duration.ofMinutes(5), configuration);
  }

  /**
   * Stops only notary-server, for tests of an outage; {@link #startNotaryServer()} brings it back.
   */
  void stopNotaryServer() throws IOException, InterruptedException {
    stackCommand("notary-stop", Duration.ofMinutes(1), Map.of());
  }

  void startNotaryServer() throws IOException, InterruptedException {
    stackCommand("notary-start", Duration.ofMinutes(1), Map.of());
  }

  /**
   * Starts Payara instance {@code n} (2 to 9) beside the stack's own, on the same database and data
   * directory, with the EAR deployed and extra configuration as in {@link #restart(Map)}.
   */
  void startInstance(int n, Map<String, String> configuration)
      throws IOException, InterruptedException {
    Map<String, String> withEar = new HashMap<>(configuration);
    withEar.put("PORTAL_EAR", required("it.ear"));
    stackCommand("instance-start", Duration.ofMinutes(8), withEar, String.valueOf(n));
  }

  /** Kills instance {@code n} as a crash would (SIGKILL). */
  void killInstance(int n) throws IOException, InterruptedException {
    stackCommand("instance-kill", Duration.ofMinutes(1), Map.of(), String.valueOf(n));
  }

  /** Stops instance {@code n} and removes its domain. */
  void removeInstance(int n) throws IOException, InterruptedException {
    stackCommand("instance-remove", Duration.ofMinutes(2), Map.of(), String.valueOf(n));
  }

  /** Starts HAProxy in front of every instance and answers its address. */
  URI startBalancer() throws IOException, InterruptedException {
    stackCommand("balancer-start", Duration.ofMinutes(1), Map.of());
    return URI.create(
        "http://127.0.0.1:" + (Integer.parseInt(ports.getProperty("PORT_BASE")) + 90));
  }

  void stopBalancer() throws IOException, InterruptedException {
    stackCommand("balancer-stop", Duration.ofMinutes(1), Map.of());
  }

  private void stackCommand(
      String command, Duration timeout, Map<String, String> configuration, String... arguments)
      throws IOException, InterruptedException {
    Path tools = toolsDir();
    Path log = dataDir.resolve("logs/" + command + ".log");
    // Through it-stack.sh, which sets the test stack's configuration (trusted proxy, attestation,
    // FIDO
    // metadata root) before it runs stack.sh: a restart without it would drop them from Payara.
    List<String> line =
        new ArrayList<>(List.of("bash", tools.resolve("it-stack.sh").toString(), "stack", command));
    line.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("PORTAL_DATA_DIR", dataDir.toString());
    env.put("PAYARA_HOME", required("it.payara.home"));
    env.put("PORTAL_JDBC_JAR", required("it.jdbc.jar"));
    env.put("PORTAL_ADMIN_PASSWORD", adminPassword());
    env.remove("PORTAL_EAR");
    env.putAll(configuration);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
        || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(command + " failed: " + Files.readString(log));
    }
  }

  /** A file of NAME=value lines, as the tools write them (ports.env, keycloak.env). */
  static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("the stack's settings are not readable at " + file, e);
    }
    return properties;
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set by the build");
    }
    return value;
  }
}
