package dev.trustportal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Keycloak of the single sign-on tests (tools/keycloak.sh), with the example realm
 * tools/keycloak/trust-portal-realm.json: the build launches it beside the stack; {@link
 * #awaitStarted} starts it if it is not running (a stack started by hand) and waits until it serves
 * the realm.
 */
final class KeycloakServer {

  private final Properties env;

  private KeycloakServer(Path dataDir) {
    this.env = PortalStack.load(dataDir.resolve("keycloak.env"));
  }

  static KeycloakServer awaitStarted(PortalStack stack) throws IOException, InterruptedException {
    Path dataDir = stack.dataDir().resolve("keycloak");
    Files.createDirectories(dataDir);
    ProcessBuilder builder =
        new ProcessBuilder("bash", PortalStack.toolsDir().resolve("keycloak.sh").toString(), "start")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("start.log").toFile()));
    Map<String, String> environment = builder.environment();
    environment.put("KEYCLOAK_HOME", PortalStack.required("it.keycloak.home"));
    environment.put("KEYCLOAK_DATA_DIR", dataDir.toString());
    environment.put("TRUST_PORTAL_URL", stack.portal("").toString());
    environment.remove("KEYCLOAK_NO_WAIT");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("Keycloak did not start: " + Files.readString(dataDir.resolve("start.log")));
    }
    return new KeycloakServer(dataDir);
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

  /** The portal's configuration for this Keycloak, as environment variables of Payara. */
  Map<String, String> portalConfiguration(String membershipClaim) {
    return Map.of(
        "PORTAL_OIDC_ISSUER", issuer(),
        "PORTAL_OIDC_CLIENT_ID", clientId(),
        "PORTAL_OIDC_CLIENT_SECRET_FILE", clientSecretFile().toString(),
        "PORTAL_OIDC_MEMBERSHIP_CLAIM", membershipClaim);
  }
}
