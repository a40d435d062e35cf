package dev.trustportal.portal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Builds SSL contexts from PEM files: trusting only the portal's notary CA (not the JVM's default
 * trust store), and optionally presenting a client certificate for mutual TLS to notary-signer.
 */
final class TlsMaterial {

  private static final char[] IN_MEMORY = new char[0];

  private TlsMaterial() {}

  static SSLContext trusting(Path caPem) throws IOException, GeneralSecurityException {
    return context(caPem, null, null);
  }

  static SSLContext mutual(Path caPem, Path certPem, Path keyPem)
      throws IOException, GeneralSecurityException {
    return context(caPem, certPem, keyPem);
  }

  private static SSLContext context(Path caPem, Path certPem, Path keyPem)
      throws IOException, GeneralSecurityException {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore(caPem));
    KeyManagerFactory keys = null;
    if (certPem != null) {
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore(certPem, keyPem), IN_MEMORY);
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore trustStore(Path caPem) throws IOException, GeneralSecurityException {
    KeyStore store = emptyStore();
    int i = 0;
    for (Certificate ca : certificates(caPem)) {
      store.setCertificateEntry("ca-" + i++, ca);
    }
    return store;
  }

  private static KeyStore keyStore(Path certPem, Path keyPem)
      throws IOException, GeneralSecurityException {
    KeyStore store = emptyStore();
    Certificate[] chain = certificates(certPem).toArray(Certificate[]::new);
    store.setKeyEntry("client", privateKey(keyPem), IN_MEMORY, chain);
    return store;
  }

  private static Collection<? extends Certificate> certificates(Path pem)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pem)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new GeneralSecurityException("No certificate in " + pem);
      }
      return certificates;
    }
  }

  /** Reads an unencrypted PKCS#8 key ("PRIVATE KEY"); a traditional key pair is accepted too. */
  private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
    try (Reader in = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(in)) {
      Object object = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (object instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      if (object instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      throw new GeneralSecurityException(
          pem + " holds no unencrypted private key (expected a PEM 'PRIVATE KEY' block)");
    }
  }

  private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }
}
