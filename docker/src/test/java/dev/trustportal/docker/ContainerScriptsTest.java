package dev.trustportal.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripts the containers run, run here with the compose file's environment: make-secrets.sh
 * makes every secret the compose file mounts; the notary entrypoint and HAProxy's write the
 * configuration tools/stack.sh writes on the machine, from the same templates (the two topologies
 * agree); the portal's entrypoint refuses to start without Payara's admin password or the database.
 */
class ContainerScriptsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path work;
  private static Path secrets;
  private final ComposeFile compose = ComposeFile.load();

  @BeforeAll
  static void makeSecrets() throws Exception {
    secrets = work.resolve("secrets");
    Result made =
        run(
            List.of("bash", Repository.docker("make-secrets.sh").toString(), secrets.toString()),
            Map.of());
    assertThat(made.exitCode()).as(made.output()).isZero();
  }

  @Test
  void makeSecretsMakesEveryFileTheComposeFileMounts() {
    compose
        .secrets()
        .keySet()
        .forEach(name -> assertThat(secrets.resolve(name)).as(name).isNotEmptyFile());
  }

  @Test
  void makeSecretsKeepsWhatExists() throws Exception {
    String before = Files.readString(secrets.resolve("portal-db-password"));

    run(
        List.of("bash", Repository.docker("make-secrets.sh").toString(), secrets.toString()),
        Map.of());

    assertThat(secrets.resolve("portal-db-password")).hasContent(before);
  }

  @Test
  void keyEncryptionKeyOpensAsThePortalOpensIt() throws Exception {
    // As custody.internal.Pkcs12Keystore: the password file's content, trailing whitespace cut,
    // opens
    // the keystore and the AES key "portal-kek".
    char[] password =
        Files.readString(secrets.resolve("custody-kek.password")).strip().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(Files.newInputStream(secrets.resolve("custody-kek.p12")), password);

    assertThat(store.getKey("portal-kek", password))
        .isInstanceOf(SecretKey.class)
        .satisfies(key -> assertThat(key.getAlgorithm()).isEqualTo("AES"))
        .satisfies(key -> assertThat(key.getEncoded()).hasSize(32));
  }

  @Test
  void certificatesNameTheHostsTheServicesAreReachedBy() throws Exception {
    X509Certificate ca = certificate("ca.crt");
    for (String name : List.of("notary-server", "notary-signer")) {
      X509Certificate certificate = certificate(name + ".crt");
      certificate.verify(ca.getPublicKey());
      assertThat(certificate.getSubjectAlternativeNames()).as(name).contains(List.of(2, name));
      assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    }
    X509Certificate client = certificate("signer-client.crt");
    client.verify(ca.getPublicKey());
    assertThat(client.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
  }

  @Test
  void notaryServerGetsTheConfigurationStackShWrites() throws Exception {
    JsonNode config = notaryConfig("notary-server", "server");

    assertSameShape(config, stackShConfig("server.json"));
    assertThat(config.at("/storage/db_url").asString())
        .isEqualTo(
            "postgres://notary:"
                + secret("notary-db-password")
                + "@postgres:5432/notaryserver?sslmode=disable");
    assertThat(config.at("/trust_service/hostname").asString()).isEqualTo("notary-signer");
  }

  @Test
  void notarySignerGetsTheConfigurationStackShWritesAndItsPassphrase() throws Exception {
    JsonNode config = notaryConfig("notary-signer", "signer");

    assertSameShape(config, stackShConfig("signer.json"));
    assertThat(Files.readString(work.resolve("out/signer.env")).strip())
        .isEqualTo("NOTARY_SIGNER_PORTAL=" + secret("signer-alias-passphrase"));
  }

  @Test
  void portalRefusesToStartWithoutPayarasAdminPassword() throws Exception {
    Map<String, String> environment = portalEnvironment();
    environment.remove("PAYARA_ADMIN_PASSWORD_FILE");

    Result started =
        run(List.of("bash", Repository.docker("portal/entrypoint.sh").toString()), environment);

    assertThat(started.exitCode()).isNotZero();
    assertThat(started.output()).contains("PAYARA_ADMIN_PASSWORD_FILE is not set");
  }

  @Test
  void portalStopsWhenTheDatabaseIsNotConfigured() throws Exception {
    Map<String, String> environment = portalEnvironment();
    environment.remove("PORTAL_DB_HOST");

    Result started =
        run(List.of("bash", Repository.docker("portal/entrypoint.sh").toString()), environment);

    assertThat(started.exitCode()).isNotZero();
    assertThat(started.output()).contains("PORTAL_DB_HOST is not set");
  }

  @Test
  void payarasAdminPasswordIsReadableByItsOwnerOnly() throws Exception {
    assertThat(
            java.nio.file.Files.getPosixFilePermissions(secrets.resolve("payara-admin-password")))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void haproxyOfTheContainersIsTheMachinesWithTheInstancesServers() throws Exception {
    Map<String, String> environment = containerEnvironment("load-balancer");
    environment.put("HAPROXY_PRINT_CONFIG", "1");
    environment.put("HAPROXY_TEMPLATE", Repository.file("tools/haproxy.cfg").toString());
    Result container =
        run(List.of("bash", Repository.docker("haproxy/entrypoint.sh").toString()), environment);
    assertThat(container.exitCode()).as(container.output()).isZero();
    Result machine =
        run(
            List.of(
                "bash",
                "-c",
                "sed -e \"s|@BIND@|127.0.0.1:8090|\" " + Repository.file("tools/haproxy.cfg")),
            Map.of());

    // The machine's balancer_start and the container write the same file but for the address they
    // listen on, the server lines they append, the container's resolver of instance names, and its
    // route to Keycloak (which has no place in the machine's stack).
    String keycloakRoute =
        "  http-request deny deny_status 404 if { path_beg /auth/ } !{ path_beg /auth/realms/"
            + " /auth/resources/ }\n"
            + "  use_backend keycloak if { path_beg /auth/realms/ /auth/resources/ }\n";
    assertThat(container.output())
        .contains(keycloakRoute + "  default_backend portals")
        .containsPattern("(?m)^backend keycloak\\n  server keycloak keycloak:8180 ");
    String containerCommon =
        container
            .output()
            .replace(keycloakRoute, "")
            .replaceFirst("(?s)\\n  server .*$", "\n")
            .replace("bind :8080", "bind X");
    String machineCommon = machine.output().replace("bind 127.0.0.1:8090", "bind X");
    assertThat(containerCommon.strip()).isEqualTo(machineCommon.strip());
    compose
        .portalInstances()
        .keySet()
        .forEach(
            instance ->
                assertThat(container.output())
                    .containsPattern(
                        "(?m)^  server "
                            + instance
                            + " "
                            + instance
                            + ":8080 check cookie "
                            + instance
                            + " "));
    assertThat(Repository.read(Repository.file("tools/stack/payara.sh")))
        .contains("\"$here/haproxy.cfg\"");
  }

  @Test
  void haproxyAcceptsTheContainersConfiguration() throws Exception {
    Path haproxy =
        java.util.stream.Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(haproxy != null, "haproxy is not installed");
    Map<String, String> environment = containerEnvironment("load-balancer");
    environment.put("HAPROXY_PRINT_CONFIG", "1");
    environment.put("HAPROXY_TEMPLATE", Repository.file("tools/haproxy.cfg").toString());
    Path config = work.resolve("haproxy.cfg");
    Files.writeString(
        config,
        run(List.of("bash", Repository.docker("haproxy/entrypoint.sh").toString()), environment)
            .output());

    Result check = run(List.of(haproxy.toString(), "-c", "-f", config.toString()), Map.of());

    assertThat(check.exitCode()).as(check.output()).isZero();
  }

  private Map<String, String> portalEnvironment() {
    return containerEnvironment("portal-1");
  }

  /**
   * Runs the notary entrypoint with a stand-in for notary-server/-signer that keeps its
   * configuration.
   */
  private JsonNode notaryConfig(String service, String command) throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path out = Files.createDirectories(work.resolve("out"));
    for (String binary : List.of("notary-server", "notary-signer")) {
      Path fake = bin.resolve(binary);
      Files.writeString(
          fake,
          "#!/bin/sh\ncp \"$2\" \""
              + out
              + "/"
              + command
              + ".json\"\n"
              + "env | grep '^NOTARY_SIGNER_PORTAL=' > \""
              + out
              + "/"
              + command
              + ".env\"\nexit 0\n");
      fake.toFile().setExecutable(true);
    }
    Map<String, String> environment = containerEnvironment(service);
    environment.put(
        "NOTARY_CONFIG_DIR", Files.createDirectories(work.resolve("notary-" + command)).toString());
    environment.put("PATH", bin + ":/usr/bin:/bin");
    environment.put("NOTARY_RENDER", Repository.file("tools/notary/render.sh").toString());
    Result started =
        run(
            List.of("bash", Repository.docker("notary/entrypoint.sh").toString(), command),
            environment);
    assertThat(started.exitCode()).as(started.output()).isZero();
    return JSON.readTree(out.resolve(command + ".json").toFile());
  }

  /**
   * The service's environment in compose.yaml, its secrets read from where make-secrets.sh put
   * them.
   */
  private Map<String, String> containerEnvironment(String service) {
    Map<String, String> environment = new HashMap<>();
    ComposeFile.environment(compose.service(service))
        .forEach(
            (name, value) ->
                environment.put(
                    name, String.valueOf(value).replace("/run/secrets/", secrets + "/")));
    environment.put("PATH", "/usr/bin:/bin");
    return environment;
  }

  /**
   * notary's configuration as tools/stack.sh writes it on the machine (tools/stack/notary.sh), with
   * stand-in ports.
   */
  private static JsonNode stackShConfig(String file) throws Exception {
    Path dir = Files.createDirectories(work.resolve("machine-notary"));
    String script =
        "here="
            + Repository.file("tools")
            + "; NOTARY_DIR="
            + dir
            + "; PKI=/pki; PG_PORT=1;"
            + " NOTARY_SERVER_PORT=2; NOTARY_SIGNER_PORT=3; HTTP_PORT=4; secret() { echo s3cret; };"
            + " . "
            + Repository.file("tools/stack/notary.sh")
            + "; write_notary_configs";
    Result written = run(List.of("bash", "-c", script), Map.of());
    assertThat(written.exitCode()).as(written.output()).isZero();
    return JSON.readTree(dir.resolve(file).toFile());
  }

  /**
   * The same fields, and the same value wherever stack.sh's is a constant (backend, algorithm,
   * alias).
   */
  private static void assertSameShape(JsonNode container, JsonNode machine) {
    assertThat(fields(container, "")).isEqualTo(fields(machine, ""));
    for (String constant : List.of("/auth/type", "/auth/options/service", "/auth/options/issuer")) {
      assertThat(container.at(constant)).as(constant).isEqualTo(machine.at(constant));
    }
    for (String constant :
        List.of(
            "/storage/backend",
            "/storage/default_alias",
            "/trust_service/type",
            "/trust_service/key_algorithm",
            "/logging/level")) {
      assertThat(container.at(constant)).as(constant).isEqualTo(machine.at(constant));
    }
  }

  private static Set<String> fields(JsonNode node, String path) {
    Set<String> fields = new TreeSet<>();
    node.propertyNames()
        .forEach(
            name -> {
              JsonNode child = node.get(name);
              if (child.isObject()) {
                fields.addAll(fields(child, path + "/" + name));
              } else {
                fields.add(path + "/" + name);
              }
            });
    return fields;
  }

  private static X509Certificate certificate(String name) throws Exception {
    try (var in = Files.newInputStream(secrets.resolve(name))) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static String secret(String name) throws IOException {
    return Files.readString(secrets.resolve(name)).strip();
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!environment.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(environment);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
