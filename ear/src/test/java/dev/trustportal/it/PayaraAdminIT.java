package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Payara's admin listener holds the power to deploy code into the server that holds the
 * key-encryption key: it answers only with the admin password the stack generated.
 */
class PayaraAdminIT {

  private static final String APPLICATIONS = "/management/domain/applications/application";
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final PortalStack stack = PortalStack.current();

  @Test
  void managementWithoutPasswordIsRefused() throws Exception {
    HttpResponse<String> response = get(null);

    assertThat(response.statusCode()).as("GET %s without credentials", APPLICATIONS).isEqualTo(401);
  }

  @Test
  void managementWithWrongPasswordIsRefused() throws Exception {
    HttpResponse<String> response = get("admin:not-the-password");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void managementWithGeneratedPasswordAnswers() throws Exception {
    HttpResponse<String> response = get("admin:" + Files.readString(passwordFile()).trim());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("trust-portal");
  }

  @Test
  void generatedPasswordIsReadableByItsOwnerOnly() throws Exception {
    assertThat(Files.getPosixFilePermissions(passwordFile()))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  private Path passwordFile() {
    return stack.dataDir().resolve("secrets/payara-admin-password");
  }

  private HttpResponse<String> get(String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.adminPort() + APPLICATIONS))
            .header("Accept", "application/json")
            .header("X-Requested-By", "PayaraAdminIT")
            .timeout(Duration.ofSeconds(90));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
