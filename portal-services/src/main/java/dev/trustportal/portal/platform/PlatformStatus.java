package dev.trustportal.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Probes the components the portal depends on. Each probe gives up after {@value #TIMEOUT_SECONDS}
 * seconds and reports a failure as a down status with its reason, never as an exception, so that a
 * health endpoint can always answer.
 */
@ApplicationScoped
public class PlatformStatus {

  static final int TIMEOUT_SECONDS = 3;
  private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
  private static final String DATABASE = "database";
  private static final String NOTARY_SERVER = "notary-server";
  private static final String NOTARY_SIGNER = "notary-signer";

  @Resource(lookup = "jdbc/portal")
  DataSource dataSource;

  // Optional: a missing setting makes its probe report "down", it must not stop the deployment.
  @Inject
  @ConfigProperty(name = "portal.notary.url")
  Optional<String> notaryUrl;

  @Inject
  @ConfigProperty(name = "portal.notary.ca")
  Optional<String> notaryCa;

  @Inject
  @ConfigProperty(name = "portal.notary.signer.address")
  Optional<String> signerAddress;

  @Inject
  @ConfigProperty(name = "portal.notary.client.cert")
  Optional<String> clientCert;

  @Inject
  @ConfigProperty(name = "portal.notary.client.key")
  Optional<String> clientKey;

  public ComponentStatus database() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      return ComponentStatus.up(DATABASE, "SELECT 1 answered");
    } catch (Exception e) {
      return ComponentStatus.down(DATABASE, e);
    }
  }

  /** GET {@code /_notary_server/health}, notary-server's own health endpoint; up iff 200. */
  public ComponentStatus notaryServer() {
    if (notaryUrl.isEmpty() || notaryCa.isEmpty()) {
      return notConfigured(NOTARY_SERVER, "portal.notary.url and portal.notary.ca");
    }
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(TlsMaterial.trusting(Path.of(notaryCa.get())))
              .connectTimeout(TIMEOUT)
              .build();
      URI uri = URI.create(notaryUrl.get().replaceAll("/+$", "") + "/_notary_server/health");
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      String detail = "HTTP " + status + " from " + uri;
      return status == 200
          ? ComponentStatus.up(NOTARY_SERVER, detail)
          : ComponentStatus.down(NOTARY_SERVER, detail);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ComponentStatus.down(NOTARY_SERVER, e);
    } catch (Exception e) {
      return ComponentStatus.down(NOTARY_SERVER, e);
    }
  }

  /**
   * A mutual-TLS handshake with notary-signer's gRPC port, with the portal's client certificate.
   */
  public ComponentStatus notarySigner() {
    if (signerAddress.isEmpty()
        || notaryCa.isEmpty()
        || clientCert.isEmpty()
        || clientKey.isEmpty()) {
      return notConfigured(
          NOTARY_SIGNER,
          "portal.notary.signer.address, portal.notary.ca, portal.notary.client.cert and"
              + " portal.notary.client.key");
    }
    try {
      InetSocketAddress address = address(signerAddress.get());
      var context =
          TlsMaterial.mutual(
              Path.of(notaryCa.get()), Path.of(clientCert.get()), Path.of(clientKey.get()));
      try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
        socket.connect(address, (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setApplicationProtocols(
            new String[] {"h2"}); // gRPC servers may insist on ALPN h2
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return afterHandshake(socket);
      }
    } catch (Exception e) {
      return ComponentStatus.down(NOTARY_SIGNER, e);
    }
  }

  /**
   * In TLS 1.3 the server checks the client certificate only after the client finished its
   * handshake, and answers a rejected one with an alert. So read once: an alert or a closed
   * connection is a rejection; data (the HTTP/2 server preface) or silence means the signer
   * accepted us.
   */
  private static ComponentStatus afterHandshake(SSLSocket socket) throws IOException {
    String protocol = socket.getSession().getProtocol();
    socket.setSoTimeout(500);
    InputStream in = socket.getInputStream();
    try {
      if (in.read() < 0) {
        return ComponentStatus.down(NOTARY_SIGNER, "closed the connection after the TLS handshake");
      }
    } catch (SocketTimeoutException silence) {
      // accepted, and waiting for our HTTP/2 preface
    }
    return ComponentStatus.up(NOTARY_SIGNER, "mutual TLS handshake succeeded (" + protocol + ")");
  }

  private static InetSocketAddress address(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "portal.notary.signer.address '" + hostAndPort + "' is not host:port");
    }
    String host = hostAndPort.substring(0, colon).replace("[", "").replace("]", "");
    return new InetSocketAddress(host, Integer.parseInt(hostAndPort.substring(colon + 1)));
  }

  private static ComponentStatus notConfigured(String name, String properties) {
    return ComponentStatus.down(name, "not configured: set " + properties);
  }
}
