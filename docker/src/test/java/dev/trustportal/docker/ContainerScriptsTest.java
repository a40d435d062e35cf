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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripts the containers run, run here with the compose file's environment: make-secrets.sh
 * makes every secret the compose file mounts, the notary entrypoint writes the configuration
 * tools/stack.sh writes on the machine, and the portal image's start script hands the secret files
 * to the server.
 */
class ContainerScriptsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path work;
  private static Path secrets;
  private final ComposeFile compose = ComposeFile.load();

  @BeforeAll
  static void makeSecrets() throws Exception {
    secrets = work.resolve("secrets");
    Result made = run(List.of("bash", Repository.docker("make-secrets.sh").toString(), secrets.toString()), Map.of());
    assertThat(made.exitCode()).as(made.output()).isZero();
  }

  @Test
  void makeSecretsMakesEveryFileTheComposeFileMounts() {
    compose.secrets().keySet().forEach(name -> assertThat(secrets.resolve(name)).as(name).isNotEmptyFile());
  }

  @Test
  void makeSecretsKeepsWhatExists() throws Exception {
    String before = Files.readString(secrets.resolve("portal-db-password"));

    run(List.of("bash", Repository.docker("make-secrets.sh").toString(), secrets.toString()), Map.of());

    assertThat(secrets.resolve("portal-db-password")).hasContent(before);
  }

  @Test
  void keyEncryptionKeyOpensAsThePortalOpensIt() throws Exception {
    // As custody.internal.Pkcs12Keystore: the password file's content, trailing whitespace cut, opens
    // the keystore and the AES key "portal-kek".
    char[] password = Files.readString(secrets.resolve("custody-kek.password")).strip().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(Files.newInputStream(secrets.resolve("custody-kek.p12")), password);

    assertThat(store.getKey("portal-kek", password)).isInstanceOf(SecretKey.class)
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
        .isEqualTo("postgres://notary:" + secret("notary-db-password") + "@postgres:5432/notaryserver?sslmode=disable");
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
  void portalStartScriptHandsTheSecretFilesToTheServer() throws Exception {
    Result started = sourcePortalScript(portalEnvironment(), "echo \"$PORTAL_DB_PASSWORD|$PORTAL_ADMIN_PASSWORD\"");

    assertThat(started.exitCode()).as(started.output()).isZero();
    assertThat(started.output().strip()).endsWith(secret("portal-db-password") + "|" + secret("admin-password"));
  }

  @Test
  void portalStartScriptStopsWhenTheDatabaseIsNotConfigured() throws Exception {
    Map<String, String> environment = portalEnvironment();
    environment.remove("PORTAL_DB_HOST");

    Result started = sourcePortalScript(environment, "echo started");

    assertThat(started.exitCode()).isNotZero();
    assertThat(started.output()).contains("PORTAL_DB_HOST is not set").doesNotContain("started");
  }

  private Map<String, String> portalEnvironment() {
    return containerEnvironment("portal-1");
  }

  private static Result sourcePortalScript(Map<String, String> environment, String then) throws Exception {
    String script = Repository.docker("portal/init.d/10-portal-secrets.sh").toString();
    return run(List.of("bash", "-c", ". " + script + " && " + then), environment);
  }

  /** Runs the notary entrypoint with a stand-in for notary-server/-signer that keeps its configuration. */
  private JsonNode notaryConfig(String service, String command) throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path out = Files.createDirectories(work.resolve("out"));
    for (String binary : List.of("notary-server", "notary-signer")) {
      Path fake = bin.resolve(binary);
      Files.writeString(fake, "#!/bin/sh\ncp \"$2\" \"" + out + "/" + command + ".json\"\n"
          + "env | grep '^NOTARY_SIGNER_PORTAL=' > \"" + out + "/" + command + ".env\"\nexit 0\n");
      fake.toFile().setExecutable(true);
    }
    Map<String, String> environment = containerEnvironment(service);
    environment.put("NOTARY_CONFIG_DIR", Files.createDirectories(work.resolve("notary-" + command)).toString());
    environment.put("PATH", bin + ":/usr/bin:/bin");
    Result started = run(List.of("bash", Repository.docker("notary/entrypoint.sh").toString(), command), environment);
    assertThat(started.exitCode()).as(started.output()).isZero();
    return JSON.readTree(out.resolve(command + ".json").toFile());
  }

  /** The service's environment in compose.yaml, its secrets read from where make-secrets.sh put them. */
  private Map<String, String> containerEnvironment(String service) {
    Map<String, String> environment = new HashMap<>();
    ComposeFile.environment(compose.service(service)).forEach((name, value) ->
        environment.put(name, String.valueOf(value).replace("/run/secrets/", secrets + "/")));
    environment.put("PATH", "/usr/bin:/bin");
    return environment;
  }

  /** notary's configuration as tools/stack.sh writes it, its shell values replaced by stand-ins. */
  private static JsonNode stackShConfig(String file) {
    Matcher heredoc = Pattern.compile("(?s)cat > \"\\$NOTARY_DIR/" + Pattern.quote(file) + "\" <<EOF\\n(.*?)\\nEOF")
        .matcher(Repository.read(Repository.file("tools/stack.sh")));
    assertThat(heredoc.find()).as(file + " in tools/stack.sh").isTrue();
    return JSON.readTree(heredoc.group(1).replaceAll("\\$\\([^)]*\\)", "x").replaceAll("\\$[A-Z_]+", "1"));
  }

  /** The same fields, and the same value wherever stack.sh's is a constant (backend, algorithm, alias). */
  private static void assertSameShape(JsonNode container, JsonNode machine) {
    assertThat(fields(container, "")).isEqualTo(fields(machine, ""));
    for (String constant : List.of("/storage/backend", "/storage/default_alias", "/trust_service/type",
        "/trust_service/key_algorithm", "/logging/level")) {
      assertThat(container.at(constant)).as(constant).isEqualTo(machine.at(constant));
    }
  }

  private static Set<String> fields(JsonNode node, String path) {
    Set<String> fields = new TreeSet<>();
    node.propertyNames().forEach(name -> {
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

  private static Result run(List<String> command, Map<String, String> environment) throws Exception {
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
