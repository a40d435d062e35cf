package dev.trustportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Docker CLI as a consumer of content trust sees a repository: {@code docker trust inspect}
 * against the stack's notary-server, with a Docker configuration of its own (the stack's CA under
 * {@code tls/<host:port>/}, the member's credentials for the registry host of the GUN). It needs no
 * Docker daemon: inspecting trust is a talk with notary-server only.
 */
final class DockerTrustCli {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalStack stack;
  private final Path config;

  private DockerTrustCli(PortalStack stack, Path config) {
    this.stack = stack;
    this.config = config;
  }

  /** The CLI of a member who signs in to the token service with {@code username}. */
  static DockerTrustCli as(
      PortalStack stack, Path config, String registryHost, String username, String password)
      throws IOException {
    URI server = stack.notaryServer();
    Path tls = Files.createDirectories(config.resolve("tls").resolve(server.getAuthority()));
    Files.copy(stack.caCertificate(), tls.resolve("ca.crt"));
    String auth =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        config.resolve("config.json"),
        JSON.createObjectNode()
            .set(
                "auths",
                JSON.createObjectNode()
                    .set(registryHost, JSON.createObjectNode().put("auth", auth)))
            .toString());
    return new DockerTrustCli(stack, config);
  }

  /** {@code docker trust inspect <gun>}, the entry of the GUN; fails on a non-zero exit. */
  JsonNode inspect(String gun) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of("docker", "trust", "inspect", gun));
    builder.environment().put("DOCKER_CONFIG", config.toString());
    builder.environment().put("DOCKER_CONTENT_TRUST_SERVER", stack.notaryServer().toString());
    // No daemon is asked: a socket that does not exist makes sure of it.
    builder.environment().put("DOCKER_HOST", "unix://" + config.resolve("no-daemon.sock"));
    // Its warnings go to standard error, apart from the JSON.
    Path warnings = config.resolve("stderr.log");
    builder.redirectError(warnings.toFile());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(
          "docker trust inspect " + gun + " failed:\n" + output + Files.readString(warnings));
    }
    return JSON.readTree(output).get(0);
  }

  /** The key IDs {@code docker trust inspect} lists for an administrative role ("Root"). */
  static List<String> administrativeKeys(JsonNode inspected, String role) {
    List<String> ids = new ArrayList<>();
    inspected
        .get("AdministrativeKeys")
        .forEach(
            admin -> {
              if (admin.get("Name").asText().equals(role)) {
                admin.get("Keys").forEach(key -> ids.add(key.get("ID").asText()));
              }
            });
    return ids;
  }
}
