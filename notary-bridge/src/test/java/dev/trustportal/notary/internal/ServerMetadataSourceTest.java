package dev.trustportal.notary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustportal.notary.server.NotaryServer;
import dev.trustportal.notary.server.ServerConfig;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The root's and the timestamp's downloads overlap: the stand-in server answers the root only once
 * the timestamp was asked for, which a client fetching one after the other never does (it then
 * answers 503 and the test fails; the wait is a bound, nothing is timed).
 */
class ServerMetadataSourceTest {
  private static final Gun GUN = new Gun("lab.example/acme/app");

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch timestampAsked = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private HttpServer http;
  private NotaryServer server;
  private boolean timestampMissing;
  private int timestampVersion;

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(handlers);
    http.createContext("/v2/", this::serve);
    http.start();
    server =
        new NotaryServer(
            ServerConfig.of(URI.create("http://127.0.0.1:" + http.getAddress().getPort())));
  }

  @AfterEach
  void stop() {
    http.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void theTimestampIsDownloadedWhileTheRootIs() {
    ServerMetadataSource source = new ServerMetadataSource(server, GUN);

    Optional<byte[]> root = source.fetch(RoleName.ROOT, Optional.empty());
    Optional<byte[]> timestamp = source.fetch(RoleName.TIMESTAMP, Optional.empty());

    assertThat(root).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("root"));
    assertThat(timestamp).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("timestamp 1"));
    assertThat(requests).containsExactlyInAnyOrder("root.json", "timestamp.json");
  }

  @Test
  void aSecondTimestampRequestDownloadsItAnew() {
    ServerMetadataSource source = new ServerMetadataSource(server, GUN);
    source.fetch(RoleName.ROOT, Optional.empty());
    source.fetch(RoleName.TIMESTAMP, Optional.empty());
    timestampVersion = 2;

    Optional<byte[]> again = source.fetch(RoleName.TIMESTAMP, Optional.empty());

    assertThat(again).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("timestamp 2"));
    assertThat(requests).filteredOn("timestamp.json"::equals).hasSize(2);
  }

  @Test
  void aMissingTimestampIsMissingAsBefore() {
    timestampMissing = true;
    ServerMetadataSource source = new ServerMetadataSource(server, GUN);
    source.fetch(RoleName.ROOT, Optional.empty());

    assertThat(source.fetch(RoleName.TIMESTAMP, Optional.empty())).isEmpty();
  }

  private void serve(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String file = path.substring(path.lastIndexOf('/') + 1);
    requests.add(file);
    if (file.equals("timestamp.json")) {
      timestampAsked.countDown();
      if (timestampMissing) {
        reply(ex, 404, "{\"errors\":[{\"code\":\"METADATA_NOT_FOUND\",\"message\":\"none\"}]}");
      } else {
        reply(ex, 200, "timestamp " + Math.max(1, timestampVersion));
      }
    } else if (file.equals("root.json")) {
      boolean overlapped;
      try {
        overlapped = timestampAsked.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        overlapped = false;
      }
      reply(ex, overlapped ? 200 : 503, overlapped ? "root" : "{\"errors\":[]}");
    } else {
      reply(ex, 404, "{\"errors\":[]}");
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
