package dev.trustportal.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS proxy on notary-server's own address: the stack's notary-server is stopped and started
 * again by this proxy on a free port behind it, so that the portal, which knows only the usual
 * address, talks to notary-server through the proxy. The proxy presents notary-server's own
 * certificate and passes every request through, except the files the test told it to replace: it
 * can serve an older file it saw before (a rollback) or one the test made (an altered root). {@link
 * #close()} puts the stack back.
 */
final class TamperingProxy implements AutoCloseable {

  private static final Set<String> HOP_HEADERS =
      Set.of(
          "connection",
          "content-length",
          "host",
          "transfer-encoding",
          "upgrade",
          "keep-alive",
          "expect",
          "date",
          "via",
          "warning",
          "from");

  private final PortalStack stack;
  private final Process backend;
  private final URI backendUri;
  private final HttpsServer server;
  private final HttpClient client;
  private final Map<String, byte[]> seen = new ConcurrentHashMap<>();
  private final Map<String, byte[]> replaced = new ConcurrentHashMap<>();
  private final Map<String, Integer> uploads = new ConcurrentHashMap<>();

  private TamperingProxy(
      PortalStack stack, Process backend, URI backendUri, HttpsServer server, HttpClient client) {
    this.stack = stack;
    this.backend = backend;
    this.backendUri = backendUri;
    this.server = server;
    this.client = client;
  }

  static TamperingProxy start(PortalStack stack, Path work) throws Exception {
    int front = stack.notaryServer().getPort();
    int back = freePort();
    Path notaryDir = stack.dataDir().resolve("notary");
    String config =
        Files.readString(notaryDir.resolve("server.json"))
            .replace("127.0.0.1:" + front + "\"", "127.0.0.1:" + back + "\"");
    Path behind = Files.writeString(notaryDir.resolve("server-behind-proxy.json"), config);
    stack.stopNotaryServer();
    Process backend =
        new ProcessBuilder("notary-server", "-config", behind.toString())
            .directory(notaryDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("notary-server-behind-proxy.log").toFile())
            .start();
    SSLContext tls = tls(stack, work);
    HttpClient client =
        HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    URI backendUri = URI.create("https://127.0.0.1:" + back);
    awaitHealthy(client, backendUri, backend);
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", front), 50);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.setExecutor(Executors.newFixedThreadPool(8));
    TamperingProxy proxy = new TamperingProxy(stack, backend, backendUri, server, client);
    server.createContext("/", proxy::pass);
    server.start();
    return proxy;
  }

  /**
   * From now on, the file at {@code tuf/<name>} of the GUN is served as it was last seen through
   * the proxy.
   */
  void serveLastSeen(String gun, String name) {
    byte[] old = seen.get(path(gun, name));
    if (old == null) {
      throw new AssertionError(
          "the proxy has not seen " + path(gun, name) + " yet; seen: " + seen.keySet());
    }
    replaced.put(path(gun, name), old);
  }

  /** The file at {@code tuf/<name>} of the GUN as last seen through the proxy. */
  byte[] lastSeen(String gun, String name) {
    return seen.get(path(gun, name));
  }

  /** From now on, {@code tuf/<name>} of the GUN is served as {@code content}. */
  void serve(String gun, String name, byte[] content) {
    replaced.put(path(gun, name), content);
  }

  /** Stops all tampering: every request passes through again. */
  void passEverything() {
    replaced.clear();
  }

  /** How many uploads (POSTs of trust data) for the GUN passed the proxy so far. */
  int uploads(String gun) {
    return uploads.getOrDefault("/v2/" + gun + "/_trust/tuf/", 0);
  }

  @Override
  public void close() throws Exception {
    server.stop(0);
    backend.destroy();
    if (!backend.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      backend.destroyForcibly().waitFor();
    }
    stack.startNotaryServer();
  }

  private void pass(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      byte[] fake = "GET".equals(exchange.getRequestMethod()) ? replaced.get(path) : null;
      if (fake != null) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, fake.length);
        exchange.getResponseBody().write(fake);
        return;
      }
      if ("POST".equals(exchange.getRequestMethod())) {
        uploads.merge(path, 1, Integer::sum);
      }
      HttpResponse<byte[]> answer = forward(exchange);
      if ("GET".equals(exchange.getRequestMethod()) && answer.statusCode() == 200) {
        seen.put(path, answer.body());
      }
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                  values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
              });
      byte[] body = answer.body();
      exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange)
      throws IOException, InterruptedException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(backendUri.resolve(exchange.getRequestURI().toString()))
            .timeout(Duration.ofSeconds(30))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
              }
            });
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String path(String gun, String name) {
    return "/v2/" + gun + "/_trust/tuf/" + name;
  }

  /**
   * notary-server's own certificate and key (a PKCS#12 made with openssl), and the stack's CA as
   * trust.
   */
  private static SSLContext tls(PortalStack stack, Path work) throws Exception {
    Path pki = stack.dataDir().resolve("pki");
    Path p12 = work.resolve("notary-server.p12");
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "pkcs12",
                "-export",
                "-in",
                pki.resolve("notary-server.crt").toString(),
                "-inkey",
                pki.resolve("notary-server.key").toString(),
                "-out",
                p12.toString(),
                "-passout",
                "pass:it-proxy")
            .redirectErrorStream(true)
            .start();
    String output = new String(openssl.getInputStream().readAllBytes());
    if (openssl.waitFor() != 0) {
      throw new IllegalStateException("openssl pkcs12 failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(p12.toFile())) {
      keys.load(in, "it-proxy".toCharArray());
    }
    KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    km.init(keys, "it-proxy".toCharArray());
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(stack.caCertificate())) {
      trust.setCertificateEntry(
          "ca", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tm =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tm.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(km.getKeyManagers(), tm.getTrustManagers(), null);
    return context;
  }

  private static void awaitHealthy(HttpClient client, URI backend, Process process)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "notary-server behind the proxy exited: " + process.exitValue());
      }
      try {
        HttpResponse<Void> health =
            client.send(
                HttpRequest.newBuilder(backend.resolve("/_notary_server/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("notary-server behind the proxy did not become healthy");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
