package dev.trustportal.portal.publishing;

import dev.trustportal.notary.server.ServerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal's notary-server is ({@code portal.notary.url}) and the CA bundle that signed its
 * TLS certificate ({@code portal.notary.ca}, a PEM file). The portal and every docker or notary
 * client use the same two.
 */
@ApplicationScoped
public class NotaryEndpoint {

  // Optional: a missing setting must not stop the deployment; using notary then reports it.
  @Inject
  @ConfigProperty(name = "portal.notary.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "portal.notary.ca")
  Optional<String> caFile;

  /** How the bridge reaches notary-server: only the configured CA is trusted, not the JDK's. */
  public ServerConfig serverConfig() {
    return ServerConfig.of(URI.create(requiredUrl()))
        .withCaBundle(Path.of(required(caFile, "portal.notary.ca")));
  }

  /** What a client needs to trust and reach the same notary-server. */
  public NotaryClientSettings clientSettings() {
    Path ca = Path.of(required(caFile, "portal.notary.ca"));
    try {
      return new NotaryClientSettings(
          requiredUrl(), Files.readString(ca, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new NotaryUnavailableException("its CA certificate " + ca + " is not readable");
    }
  }

  private String requiredUrl() {
    return required(url, "portal.notary.url").replaceAll("/+$", "");
  }

  private static String required(Optional<String> value, String property) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new NotaryUnavailableException(property + " is not configured"));
  }
}
