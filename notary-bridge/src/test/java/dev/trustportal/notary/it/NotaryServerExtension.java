package dev.trustportal.notary.it;

import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real notary-server (memory storage, local trust service, TLS with a CA made here) for
 * the whole test run, and stops it when the run ends. Tests receive a {@link RunningNotary}
 * parameter.
 */
public final class NotaryServerExtension implements BeforeAllCallback, ParameterResolver {
  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == RunningNotary.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return running(c);
  }

  private static RunningNotary running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            RunningNotary.class, k -> start(Path.of("target", "notary-it")), RunningNotary.class);
  }

  public static RunningNotary start(Path dir) {
    try {
      Files.createDirectories(dir);
      writePki(dir);
      int port = freePort();
      Files.writeString(
          dir.resolve("config.json"),
          """
          {"server": {"http_addr": "127.0.0.1:%d", "tls_key_file": "server.key", "tls_cert_file": "server.crt"},
           "trust_service": {"type": "local", "hostname": "", "port": "", "key_algorithm": "ecdsa"},
           "logging": {"level": "info"}, "storage": {"backend": "memory"}}
          """
              .formatted(port));
      Process p =
          new ProcessBuilder("notary-server", "-config", dir.resolve("config.json").toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("notary-server.log").toFile())
              .start();
      RunningNotary notary =
          new RunningNotary(p, dir, port, URI.create("https://127.0.0.1:" + port));
      awaitHealthy(notary);
      return notary;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start notary-server", e);
    }
  }

  private static void awaitHealthy(RunningNotary notary) throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TestTls.trusting(notary.caPem())).build();
    HttpRequest health =
        HttpRequest.newBuilder(notary.uri().resolve("/_notary_server/health")).build();
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      if (!notary.process().isAlive()) {
        throw new IllegalStateException(
            "notary-server exited: " + Files.readString(notary.dir().resolve("notary-server.log")));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("notary-server did not become healthy");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void writePki(Path dir) throws Exception {
    KeyPair caKeys = KeyPairs.ecdsaP256();
    X500Name caName = new X500Name("CN=notary-bridge test CA");
    Instant now = Instant.now().minus(Duration.ofMinutes(5));
    var ca =
        new JcaX509v3CertificateBuilder(
                caName,
                BigInteger.ONE,
                Date.from(now),
                Date.from(now.plus(Duration.ofDays(30))),
                caName,
                caKeys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    X509Certificate caCert = sign(ca, caKeys);
    KeyPair serverKeys = KeyPairs.ecdsaP256();
    var server =
        new JcaX509v3CertificateBuilder(
                caName,
                BigInteger.TWO,
                Date.from(now),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name("CN=127.0.0.1"),
                serverKeys.getPublic())
            .addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(
                    new GeneralName[] {
                      new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                      new GeneralName(GeneralName.dNSName, "localhost")
                    }))
            .addExtension(
                Extension.extendedKeyUsage,
                false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    X509Certificate serverCert = sign(server, caKeys);
    Files.writeString(dir.resolve("ca.pem"), Pem.encode("CERTIFICATE", caCert.getEncoded()));
    Files.writeString(
        dir.resolve("server.crt"), Pem.encode("CERTIFICATE", serverCert.getEncoded()));
    Files.writeString(
        dir.resolve("server.key"), Pem.encode("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
  }

  private static X509Certificate sign(
      org.bouncycastle.cert.X509v3CertificateBuilder b, KeyPair issuer) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }
}
