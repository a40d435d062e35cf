package dev.trustportal.notary.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where notary-server is and how to reach it: base URI, an optional CA bundle (PEM) replacing the
 * JDK trust store, optional Basic credentials for the token realm, optional tokens the host mints
 * itself (used instead of the realm when present), and a request timeout.
 */
public record ServerConfig(
    URI baseUri,
    Optional<Path> caBundle,
    Optional<Credentials> credentials,
    Optional<BearerTokens> bearerTokens,
    Duration timeout) {
  /**
   * User name and password sent as Basic auth to the token realm, never to notary-server itself.
   */
  public record Credentials(String username, String password) {
    @Override
    public String toString() {
      return "Credentials[" + username + ", ****]";
    }
  }

  public ServerConfig {
    String s = baseUri.toString();
    baseUri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  public static ServerConfig of(URI baseUri) {
    return new ServerConfig(
        baseUri, Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
  }

  public ServerConfig withCaBundle(Path pem) {
    return new ServerConfig(baseUri, Optional.of(pem), credentials, bearerTokens, timeout);
  }

  public ServerConfig withCredentials(String user, String password) {
    return new ServerConfig(
        baseUri, caBundle, Optional.of(new Credentials(user, password)), bearerTokens, timeout);
  }

  /** Answers token challenges with tokens from {@code tokens} instead of asking the realm. */
  public ServerConfig withBearerTokens(BearerTokens tokens) {
    return new ServerConfig(baseUri, caBundle, credentials, Optional.of(tokens), timeout);
  }
}
