package dev.trustportal.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as a customer would run one: it takes POSTs on {@code /hook},
 * answers 204 and keeps what came. It can be stopped (the portal then finds nothing listening on
 * the port) and started again on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received: its headers and raw body. */
  record Received(Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * What a receiver does: HMAC-SHA256 of the raw body with the secret, compared in constant time.
     */
    boolean signedWith(String secret) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        return MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            header("X-Trust-Portal-Signature").getBytes(StandardCharsets.US_ASCII));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final int port;
  private HttpServer server;

  private WebhookReceiver(int port) throws IOException {
    this.port = port;
    start();
  }

  /** A receiver on a free port of 127.0.0.1. */
  static WebhookReceiver start(int port) throws IOException {
    return new WebhookReceiver(port);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/hook");
  }

  int port() {
    return port;
  }

  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach(
                  (name, values) ->
                      headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
          received.add(new Received(headers, body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  void stop() {
    server.stop(0);
  }

  /** The next request within {@code wait}, if one comes. */
  Optional<Received> next(Duration wait) throws InterruptedException {
    return Optional.ofNullable(received.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** The next request of the event type within {@code wait}; others are skipped. */
  Optional<Received> next(String eventType, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Received> one = next(Duration.ofNanos(deadline - System.nanoTime()));
      if (one.isPresent() && one.get().header("X-Trust-Portal-Event").equals(eventType)) {
        return one;
      }
    }
    return Optional.empty();
  }

  /** A port nothing listens on now. */
  static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, null)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
