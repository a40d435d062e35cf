package dev.trustportal.notary.verify;

import static dev.trustportal.notary.verify.RepositoryFixture.GUN;
import static dev.trustportal.notary.verify.RepositoryFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.crypto.FileMetas;
import dev.trustportal.notary.publish.InMemorySigningKeys;
import dev.trustportal.notary.server.ServerConfig;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Wire;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fetch against a trusted root takes the files a signed parent lists by hash from what the bridge
 * verified before when the hash is the same (as the notary CLI skips cached files), downloads what
 * changed, and still verifies every file it reuses. A fetch trusting on first use downloads all.
 */
class PinnedFetchReusesVerifiedFilesTest {
  private final RepositoryFixture repo = new RepositoryFixture();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private Instant now = NOW;
  private HttpServer http;
  private NotaryBridge bridge;

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/v2/", this::serve);
    http.start();
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    bridge =
        new NotaryBridge(
            ServerConfig.of(URI.create("http://127.0.0.1:" + http.getAddress().getPort())),
            new InMemorySigningKeys(),
            clock);
    repo.build();
  }

  @AfterEach
  void stop() {
    http.stop(0);
  }

  @Test
  void aSecondPinnedFetchOfUnchangedDataDownloadsOnlyRootAndTimestamp() {
    byte[] root = repo.files.get(RoleName.ROOT);
    bridge.fetch(GUN, root, Map.of());
    requested.clear();

    TrustedRepository again = bridge.fetch(GUN, root, Map.of());

    assertThat(requested).containsExactly("root.json", "timestamp.json");
    assertThat(again.lookup("v1")).isPresent();
  }

  @Test
  void aChangedDelegationIsDownloadedAndTheUnchangedTargetsReused() {
    byte[] root = repo.files.get(RoleName.ROOT);
    bridge.fetch(GUN, root, Map.of());
    repo.releases =
        new Targets(
            2,
            NOW.plus(Duration.ofDays(1095)),
            Map.of("v2", FileMetas.of(new byte[] {3})),
            Delegations.EMPTY);
    repo.unchanged.addAll(List.of(RoleName.ROOT, RoleName.TARGETS));
    repo.build(2, NOW.plus(Duration.ofDays(1095)), 2, NOW.plus(Duration.ofDays(14)));
    requested.clear();

    TrustedRepository again = bridge.fetch(GUN, root, Map.of());

    assertThat(requested)
        .containsExactly(
            "root.json",
            "timestamp.json",
            "snapshot." + sha256(RoleName.SNAPSHOT) + ".json",
            "targets/releases." + sha256(RoleName.RELEASES) + ".json");
    assertThat(again.lookup("v2")).isPresent();
    assertThat(again.lookup("v1")).isEmpty();
  }

  @Test
  void aReusedFileIsVerifiedAgainAndRefusedOnceExpired() {
    byte[] root = repo.files.get(RoleName.ROOT);
    bridge.fetch(GUN, root, Map.of());
    // Later: the server's snapshot and timestamp are fresh, but targets (the same file) expired.
    now = NOW.plus(Duration.ofDays(1100));
    repo.unchanged.addAll(List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.RELEASES));
    repo.build(2, now.plus(Duration.ofDays(30)), 2, now.plus(Duration.ofDays(14)));
    requested.clear();

    assertThatThrownBy(() -> bridge.fetch(GUN, root, Map.of()))
        .isInstanceOf(ExpiredMetadataException.class)
        .hasMessageContaining("targets expired");
    assertThat(requested).doesNotContain("targets." + sha256(RoleName.TARGETS) + ".json");
  }

  @Test
  void aFetchTrustingOnFirstUseDownloadsEverything() {
    bridge.fetch(GUN, repo.files.get(RoleName.ROOT), Map.of());
    requested.clear();

    bridge.fetch(GUN);

    assertThat(requested)
        .containsExactly(
            "root.json",
            "timestamp.json",
            "snapshot." + sha256(RoleName.SNAPSHOT) + ".json",
            "targets." + sha256(RoleName.TARGETS) + ".json",
            "targets/releases." + sha256(RoleName.RELEASES) + ".json");
  }

  private String sha256(RoleName role) {
    return FileMetas.of(repo.files.get(role)).hash(Wire.HASH_SHA256).orElseThrow().hex();
  }

  /** notary-server's metadata paths: {@code <role>.json} and {@code <role>.<sha256>.json}. */
  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String file = path.substring(path.indexOf("/_trust/tuf/") + "/_trust/tuf/".length());
    requested.add(file);
    String name = file.substring(0, file.length() - ".json".length());
    byte[] body = null;
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      body = repo.files.get(new RoleName(name));
    } else {
      RoleName role = new RoleName(name.substring(0, dot));
      if (repo.files.containsKey(role) && sha256(role).equals(name.substring(dot + 1))) {
        body = repo.files.get(role);
      }
    }
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
    } else {
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }
}
