package dev.trustportal.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Dockerfiles: clean under dockerfile-utils' linter (npm, fetched at build time; hadolint is
 * not packaged here), and our rules: a pinned base image, no secret in the image, an unprivileged
 * user, a health check.
 */
class DockerfileLintTest {

  private static final String PORTAL = "portal/Dockerfile";
  private static final String NOTARY = "notary/Dockerfile";
  private static final String POSTGRES = "postgres/Dockerfile";
  private static final String HAPROXY = "haproxy/Dockerfile";
  private static final String KEYCLOAK = "keycloak/Dockerfile";

  @ParameterizedTest
  @ValueSource(strings = {PORTAL, NOTARY, POSTGRES, HAPROXY, KEYCLOAK})
  void hasNoLinterFinding(String dockerfile) throws Exception {
    assertThat(lint(Repository.docker(dockerfile)))
        .as("dockerfile-utils lint " + dockerfile)
        .isEmpty();
  }

  @Test
  void linterReportsWhatItShould(@TempDir Path work) throws Exception {
    Path bad = work.resolve("Dockerfile");
    Files.writeString(bad, "FROM debian\nMAINTAINER someone\nENV LONELY\n");

    assertThat(lint(bad)).anyMatch(f -> f.contains("MAINTAINER")).anyMatch(f -> f.contains("ENV"));
  }

  @ParameterizedTest
  @ValueSource(strings = {PORTAL, NOTARY, POSTGRES, HAPROXY, KEYCLOAK})
  void isBuiltFromTheBaseImageByTheClassicBuilder(String dockerfile) {
    String text = Repository.read(Repository.docker(dockerfile));

    assertThat(instructions(dockerfile).get(0))
        .isEqualTo("ARG BASE_IMAGE=trust-portal-base:bookworm");
    assertThat(from(dockerfile)).isEqualTo("${BASE_IMAGE}");
    // BuildKit fetches a "# syntax=" frontend from a registry, and only BuildKit knows --chmod.
    assertThat(text).doesNotContainPattern("(?m)^#\\s*syntax=").doesNotContain("--chmod");
  }

  @Test
  void portalRunsOnThePayaraServerTheBuildUnpacksAndDebiansJdk17() {
    assertThat(instructions(PORTAL))
        .contains("COPY ear/target/runtime/payara6 /opt/payara6")
        .anyMatch(i -> i.startsWith("RUN ") && i.contains("openjdk-17-jre-headless"));
  }

  @Test
  void keycloakIsTheVersionTheBuildUnpacks() {
    String keycloak = property(Repository.read(Repository.file("pom.xml")), "keycloak.version");

    assertThat(instructions(KEYCLOAK)).contains("ARG KEYCLOAK_VERSION=" + keycloak);
  }

  @Test
  void portalAndKeycloakShareTheirJavaLayer() {
    String portalJava =
        instructions(PORTAL).stream().filter(i -> i.startsWith("RUN ")).findFirst().orElseThrow();

    assertThat(instructions(KEYCLOAK).stream().filter(i -> i.startsWith("RUN ")).findFirst())
        .contains(portalJava);
  }

  @Test
  void notaryRunsDebiansPackage() {
    assertThat(instructions(NOTARY))
        .anyMatch(i -> i.startsWith("RUN ") && i.contains("install") && i.contains(" notary "));
  }

  @ParameterizedTest
  @ValueSource(strings = {PORTAL, NOTARY, POSTGRES, HAPROXY, KEYCLOAK})
  void keepsSecretsOutOfTheImage(String dockerfile) {
    Pattern secret =
        Pattern.compile("(?i)\\b\\w*(PASSWORD|SECRET|PASSPHRASE|TOKEN|_KEY|_PIN)\\w*\\s*=");
    instructions(dockerfile).stream()
        .filter(i -> i.startsWith("ENV ") || i.startsWith("ARG "))
        .forEach(i -> assertThat(i).as(dockerfile).doesNotContainPattern(secret));
    instructions(dockerfile).stream()
        .filter(i -> i.startsWith("COPY ") || i.startsWith("ADD "))
        .forEach(
            i ->
                assertThat(i)
                    .as(dockerfile)
                    .doesNotContain("secrets/")
                    .doesNotContainPattern("\\.(key|p12)\\b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {PORTAL, NOTARY, POSTGRES, HAPROXY, KEYCLOAK})
  void runsAsAnUnprivilegedUserWithAHealthCheck(String dockerfile) {
    List<String> users =
        instructions(dockerfile).stream().filter(i -> i.startsWith("USER ")).toList();

    assertThat(users).as("USER in " + dockerfile).isNotEmpty();
    assertThat(users.get(users.size() - 1)).isNotIn("USER root", "USER 0");
    assertThat(instructions(dockerfile))
        .as("HEALTHCHECK in " + dockerfile)
        .anyMatch(i -> i.startsWith("HEALTHCHECK ") && !i.contains("NONE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {PORTAL, NOTARY, POSTGRES, HAPROXY, KEYCLOAK})
  void copiesOnlyWhatTheIgnoreFileLetsIn(String dockerfile) {
    List<String> allowed =
        Repository.read(Repository.file(".dockerignore"))
            .lines()
            .filter(l -> l.startsWith("!"))
            .map(l -> l.substring(1).replace("*", ""))
            .toList();
    instructions(dockerfile).stream()
        .filter(i -> i.startsWith("COPY "))
        .map(i -> i.split("\\s+"))
        .flatMap(words -> List.of(words).subList(1, words.length - 1).stream())
        .filter(source -> !source.startsWith("--"))
        .forEach(
            source ->
                assertThat(allowed)
                    .as(source)
                    .anyMatch(
                        a -> (source.replace("${KEYCLOAK_VERSION}", "") + "/").startsWith(a)));
  }

  /** The linter's findings, one line each: severity, line and message. */
  private static List<String> lint(Path dockerfile) throws IOException, InterruptedException {
    Path cli = Repository.npmPackage("dockerfile-utils").resolve("bin/dockerfile-utils");
    Process process =
        new ProcessBuilder("node", cli.toString(), "lint", "--json", dockerfile.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    JsonNode findings = JsonMapper.builder().build().readTree(output);
    return findings
        .valueStream()
        .map(
            f ->
                f.get("severity").asString()
                    + " line "
                    + (f.get("range").get("start").get("line").asInt() + 1)
                    + ": "
                    + f.get("message").asString())
        .toList();
  }

  private static String from(String dockerfile) {
    return instructions(dockerfile).stream()
        .filter(i -> i.startsWith("FROM "))
        .findFirst()
        .map(i -> i.substring(5).trim())
        .orElseThrow();
  }

  /** The instructions, continuation lines joined and comments dropped. */
  static List<String> instructions(String dockerfile) {
    String text = Repository.read(Repository.docker(dockerfile));
    return List.of(text.replaceAll("(?m)^\\s*#.*\\n", "").replaceAll("\\\\\\n", " ").split("\\n"))
        .stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as(name + " in pom.xml").isTrue();
    return m.group(1);
  }
}
