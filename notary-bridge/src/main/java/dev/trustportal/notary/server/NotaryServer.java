package dev.trustportal.notary.server;

import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API of notary-server (facts §2, §3) over java.net.http: metadata by role, hash or
 * version, the server's timestamp/snapshot keys, publishing as one multipart POST, and deleting a
 * GUN. 401 challenges are answered through {@link TokenAuthenticator}; error bodies become distinct
 * exceptions.
 */
public final class NotaryServer {
  private final ServerConfig config;
  private final HttpClient http;
  private final TokenAuthenticator auth;

  public NotaryServer(ServerConfig config) {
    this.config = config;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .version(HttpClient.Version.HTTP_1_1);
    config.caBundle().ifPresent(ca -> b.sslContext(TlsContexts.trusting(ca)));
    this.http = b.build();
    this.auth = new TokenAuthenticator(http, config.credentials(), config.bearerTokens());
  }

  /** The current version of a role, or empty on 404. */
  public Optional<byte[]> metadata(Gun gun, RoleName role) {
    return getOptional(gun, "tuf/" + role.value() + ".json");
  }

  /**
   * A role file by the hex SHA-256 of its bytes (how the CLI fetches what snapshot/timestamp list).
   */
  public Optional<byte[]> metadataByHash(Gun gun, RoleName role, String sha256Hex) {
    return getOptional(gun, "tuf/" + role.value() + "." + sha256Hex + ".json");
  }

  public Optional<byte[]> metadataByVersion(Gun gun, RoleName role, int version) {
    return getOptional(gun, "tuf/" + version + "." + role.value() + ".json");
  }

  /**
   * GET {@code …/tuf/<role>.key}: the server's key for timestamp or snapshot (made on demand; facts
   * §2).
   */
  public Key serverKey(Gun gun, RoleName role) {
    byte[] body = send(gun, request(gun, "tuf/" + role.value() + ".key").GET(), Scope.PUSH_PULL);
    return MetadataCodec.parseKey(role, body);
  }

  /** POST {@code …/tuf/<role>.key}: a new server key; root must then be republished naming it. */
  public Key rotateServerKey(Gun gun, RoleName role) {
    byte[] body =
        send(
            gun,
            request(gun, "tuf/" + role.value() + ".key").POST(HttpRequest.BodyPublishers.noBody()),
            Scope.ALL);
    return MetadataCodec.parseKey(role, body);
  }

  /** One atomic upload of complete role files (facts §3). */
  public void publish(Gun gun, Map<RoleName, byte[]> files) {
    Multipart body = Multipart.of(files);
    send(
        gun,
        request(gun, "tuf/")
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())),
        Scope.PUSH_PULL);
  }

  /** DELETE {@code …/tuf/}: removes all trust data of the GUN (200 even if it never existed). */
  public void delete(Gun gun) {
    send(gun, request(gun, "tuf/").DELETE(), Scope.ALL);
  }

  /**
   * GET {@code /v2/_trust/changefeed}: the changes of every GUN after {@code afterId}, oldest first
   * ({@code -1}: the latest only), with a bearer token granting {@code registry:catalog:*}.
   */
  public List<FeedChange> changesAfter(long afterId, int records, String catalogToken) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    config.baseUri()
                        + "/v2/_trust/changefeed?change_id="
                        + afterId
                        + "&records="
                        + (afterId < 0 ? -1 : records)))
            .timeout(config.timeout())
            .header("Authorization", "Bearer " + catalogToken)
            .GET()
            .build();
    HttpResponse<byte[]> resp = exchange(request);
    if (resp.statusCode() / 100 != 2) {
      throw ServerErrors.from(resp.statusCode(), resp.body());
    }
    return Changefeeds.parse(resp.body());
  }

  public URI baseUri() {
    return config.baseUri();
  }

  private Optional<byte[]> getOptional(Gun gun, String path) {
    try {
      return Optional.of(send(gun, request(gun, path).GET(), Scope.PULL));
    } catch (MetadataNotFoundException e) {
      return Optional.empty();
    }
  }

  private HttpRequest.Builder request(Gun gun, String path) {
    return HttpRequest.newBuilder(
            URI.create(config.baseUri() + "/v2/" + gun.value() + "/_trust/" + path))
        .timeout(config.timeout());
  }

  private byte[] send(Gun gun, HttpRequest.Builder builder, Scope scope) {
    String scopeText = scope.of(gun);
    HttpRequest first = withToken(builder, auth.cachedToken(gun, scopeText)).build();
    HttpResponse<byte[]> resp = exchange(first);
    if (resp.statusCode() == 401) {
      Optional<String> token =
          auth.answer(resp.headers().firstValue("WWW-Authenticate").orElse(null), gun, scopeText);
      if (token.isPresent()) {
        resp = exchange(withToken(builder, token).build());
      }
    }
    if (resp.statusCode() / 100 != 2) {
      throw ServerErrors.from(resp.statusCode(), resp.body());
    }
    return resp.body();
  }

  private static HttpRequest.Builder withToken(HttpRequest.Builder b, Optional<String> token) {
    token.ifPresent(t -> b.setHeader("Authorization", "Bearer " + t));
    return b;
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ServerUnreachableException(config.baseUri().toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerUnreachableException(config.baseUri().toString(), e);
    }
  }

  /** The token scopes notary-server challenges with (notary-auth-storage §1 table). */
  private enum Scope {
    PULL("pull"),
    PUSH_PULL("push,pull"),
    ALL("*");

    private final String actions;

    Scope(String actions) {
      this.actions = actions;
    }

    String of(Gun gun) {
      return "repository:" + gun.value() + ":" + actions;
    }
  }
}
