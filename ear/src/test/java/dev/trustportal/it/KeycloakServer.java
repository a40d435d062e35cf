package dev.trustportal.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Keycloak of the single sign-on tests (tools/keycloak.sh), with the example realm
 * tools/keycloak/trust-portal-realm.json: the build launches it beside the stack; {@link
 * #awaitStarted} starts it if it is not running (a stack started by hand) and waits until it serves
 * the realm.
 */
final class KeycloakServer {

  private final Properties env;
  private final String portalUrl;

  private KeycloakServer(Path dataDir, String portalUrl) {
    this.env = PortalStack.load(dataDir.resolve("keycloak.env"));
    this.portalUrl = portalUrl;
  }

  static KeycloakServer awaitStarted(PortalStack stack) throws IOException, InterruptedException {
    Path dataDir = stack.dataDir().resolve("keycloak");
    Files.createDirectories(dataDir);
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash", PortalStack.toolsDir().resolve("keycloak.sh").toString(), "start")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("start.log").toFile()));
    Map<String, String> environment = builder.environment();
    environment.put("KEYCLOAK_HOME", PortalStack.required("it.keycloak.home"));
    environment.put("KEYCLOAK_DATA_DIR", dataDir.toString());
    environment.put("TRUST_PORTAL_URL", stack.portal("").toString());
    environment.remove("KEYCLOAK_NO_WAIT");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "Keycloak did not start: " + Files.readString(dataDir.resolve("start.log")));
    }
    return new KeycloakServer(dataDir, stack.portal("").toString());
  }

  /** Stops Keycloak, as an outage would; {@link #awaitStarted} brings it back. */
  static void stop(PortalStack stack) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", PortalStack.toolsDir().resolve("keycloak.sh").toString(), "stop")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("KEYCLOAK_DATA_DIR", stack.dataDir().resolve("keycloak").toString());
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("Keycloak did not stop");
    }
  }

  String issuer() {
    return env.getProperty("KEYCLOAK_ISSUER");
  }

  String clientId() {
    return env.getProperty("KEYCLOAK_CLIENT_ID");
  }

  Path clientSecretFile() {
    return Path.of(env.getProperty("KEYCLOAK_CLIENT_SECRET_FILE"));
  }

  /** The password of every person of the example realm (generated per Keycloak data directory). */
  String userPassword() throws IOException {
    return Files.readString(Path.of(env.getProperty("KEYCLOAK_USER_PASSWORD_FILE"))).trim();
  }

  /**
   * An access token for a person of the example realm, as a script gets one (the resource owner
   * password grant, which the example realm allows its client for this).
   */
  String accessToken(String user, String password) throws IOException, InterruptedException {
    String form =
        Stream.of(
                "grant_type=password",
                "client_id=" + encode(clientId()),
                "client_secret=" + encode(Files.readString(clientSecretFile()).trim()),
                "username=" + encode(user),
                "password=" + encode(password),
                "scope=openid")
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak gave no token (" + response.statusCode() + "): " + response.body());
    }
    return new ObjectMapper().readTree(response.body()).get("access_token").asText();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * The portal's configuration for this Keycloak, as environment variables of Payara. The portal
   * reads Keycloak by another name than browsers do (the backchannel URL), as the containers of
   * docker/compose.yaml do on their network.
   */
  Map<String, String> portalConfiguration(String membershipClaim) {
    return Map.of(
        "PORTAL_OIDC_ISSUER", issuer(),
        "PORTAL_OIDC_BACKCHANNEL_URL", env.getProperty("KEYCLOAK_BACKCHANNEL_ISSUER"),
        "PORTAL_OIDC_PORTAL_URL", portalUrl,
        "PORTAL_OIDC_CLIENT_ID", clientId(),
        "PORTAL_OIDC_CLIENT_SECRET_FILE", clientSecretFile().toString(),
        "PORTAL_OIDC_MEMBERSHIP_CLAIM", membershipClaim);
  }
}
