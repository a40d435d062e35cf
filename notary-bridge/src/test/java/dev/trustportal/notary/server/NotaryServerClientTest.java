package dev.trustportal.notary.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client against a stand-in that behaves like notary-server with token auth
 * (notary-auth-storage §1): challenge, realm with Basic credentials, bearer retry, and error bodies
 * mapped to exceptions.
 */
class NotaryServerClientTest {
  private static final Gun GUN = new Gun("lab.example/acme/app");
  private final List<String> realmRequests = new CopyOnWriteArrayList<>();
  private final List<String> challenges = new CopyOnWriteArrayList<>();
  private HttpServer http;
  private URI base;

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    http.createContext("/token", this::token);
    http.createContext("/v2/", this::notary);
    http.start();
  }

  @AfterEach
  void stop() {
    http.stop(0);
  }

  @Test
  void followsBearerChallengeWithBasicCredentials() {
    NotaryServer server =
        new NotaryServer(ServerConfig.of(base).withCredentials("alice", "alicepw"));
    assertThat(server.metadata(GUN, RoleName.ROOT))
        .hasValueSatisfying(
            b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("{\"root\":true}"));
    assertThat(realmRequests)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .contains("scope=repository%3Alab.example%2Facme%2Fapp%3Apull")
                    .contains("service=notary-server")
                    .contains("account=alice")
                    .contains("Basic YWxpY2U6YWxpY2Vwdw=="));
    server.metadata(GUN, RoleName.ROOT);
    assertThat(realmRequests).hasSize(1); // the token is cached for the scope
  }

  @Test
  void answersTheChallengeWithTheHostsOwnTokenWithoutAskingTheRealm() {
    List<Gun> asked = new CopyOnWriteArrayList<>();
    NotaryServer server =
        new NotaryServer(
            ServerConfig.of(base)
                .withBearerTokens(
                    gun -> {
                      asked.add(gun);
                      return "tok-alice";
                    }));

    server.publish(GUN, java.util.Map.of(RoleName.TARGETS, "{}".getBytes(StandardCharsets.UTF_8)));
    server.metadata(GUN, RoleName.ROOT);

    assertThat(realmRequests).isEmpty();
    // One token for the GUN (it grants every action), sent at once: no challenge round trip.
    assertThat(asked).containsExactly(GUN);
    assertThat(challenges).isEmpty();
  }

  @Test
  void mintsTheHostsOwnTokenAgainWhenTheServerRefusesIt() {
    List<String> minted = new CopyOnWriteArrayList<>(List.of("tok-expired", "tok-alice"));
    NotaryServer server =
        new NotaryServer(ServerConfig.of(base).withBearerTokens(gun -> minted.remove(0)));

    assertThat(server.metadata(GUN, RoleName.ROOT)).isPresent();

    assertThat(minted).isEmpty();
    assertThat(challenges).containsExactly("/v2/" + GUN.value() + "/_trust/tuf/root.json");
  }

  @Test
  void reportsRealmRefusal() {
    NotaryServer server = new NotaryServer(ServerConfig.of(base).withCredentials("mallory", "x"));
    assertThatThrownBy(() -> server.metadata(GUN, RoleName.ROOT))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("bad credentials");
  }

  @Test
  void mapsVersionConflict() {
    NotaryServer server =
        new NotaryServer(ServerConfig.of(base).withCredentials("alice", "alicepw"));
    assertThatThrownBy(
            () ->
                server.publish(
                    new Gun("conflict/app"), Map.of(RoleName.TARGETS, new byte[] {'{', '}'})))
        .isInstanceOf(VersionConflictException.class)
        .satisfies(e -> assertThat(((VersionConflictException) e).status()).isEqualTo(400));
  }

  @Test
  void mapsInvalidUpdateWithItsDetail() {
    NotaryServer server =
        new NotaryServer(ServerConfig.of(base).withCredentials("alice", "alicepw"));
    assertThatThrownBy(
            () ->
                server.publish(
                    new Gun("invalid/app"), Map.of(RoleName.TARGETS, new byte[] {'{', '}'})))
        .isInstanceOfSatisfying(
            InvalidUpdateException.class,
            e -> {
              assertThat(e.name()).isEqualTo("ErrBadTargets");
              assertThat(e.reason())
                  .isEqualTo("valid signatures did not meet threshold for targets/releases");
            });
  }

  @Test
  void missingMetadataIsEmpty() {
    NotaryServer server =
        new NotaryServer(ServerConfig.of(base).withCredentials("alice", "alicepw"));
    assertThat(server.metadata(new Gun("missing/app"), RoleName.ROOT)).isEmpty();
  }

  private void token(HttpExchange ex) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    realmRequests.add(ex.getRequestURI() + " " + auth);
    if (!"Basic YWxpY2U6YWxpY2Vwdw==".equals(auth)) {
      reply(ex, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad credentials\"}]}");
    } else {
      reply(ex, 200, "{\"access_token\":\"tok-alice\",\"expires_in\":300}");
    }
  }

  private void notary(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (!"Bearer tok-alice".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      challenges.add(path);
      String gun = path.substring(4, path.indexOf("/_trust"));
      String actions = ex.getRequestMethod().equals("GET") ? "pull" : "push,pull";
      ex.getResponseHeaders()
          .add(
              "WWW-Authenticate",
              "Bearer realm=\""
                  + base
                  + "/token\",service=\"notary-server\","
                  + "scope=\"repository:"
                  + gun
                  + ":"
                  + actions
                  + "\"");
      reply(
          ex,
          401,
          "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}");
    } else if (path.startsWith("/v2/conflict/")) {
      reply(
          ex,
          400,
          "{\"errors\":[{\"code\":\"VERSION\",\"message\":\"A newer version of metadata is already"
              + " available.\",\"detail\":{}}]}");
    } else if (path.startsWith("/v2/invalid/")) {
      reply(
          ex,
          400,
          "{\"errors\":[{\"code\":\"INVALID_UPDATE\",\"message\":\"Update sent by the client is"
              + " invalid.\",\"detail\":{\"Name\":\"ErrBadTargets\",\"Error\":{\"Msg\":\"valid"
              + " signatures did not meet threshold for targets/releases\"}}}]}");
    } else if (path.startsWith("/v2/missing/")) {
      reply(
          ex,
          404,
          "{\"errors\":[{\"code\":\"METADATA_NOT_FOUND\",\"message\":\"You have requested metadata"
              + " that does not exist.\",\"detail\":{}}]}");
    } else {
      reply(ex, 200, "{\"root\":true}");
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    ex.getRequestBody().readAllBytes();
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }
}
