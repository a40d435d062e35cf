package dev.trustportal.portal.notaryauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token service's configuration: the signing key ({@code portal.notary.token.key}, a PEM
 * private key, EC P-256 or RSA) and its certificate ({@code portal.notary.token.certificate}),
 * which notary-server reads as its {@code rootcertbundle}; the issuer and service names
 * notary-server is configured with; and the token lifetime. tools/stack.sh makes the key pair with
 * openssl before notary-server starts, because notary-server refuses to start without the bundle
 * and must not wait for Payara; the key file is mode 0600 in the 0700 pki directory, like the
 * signer client key the portal also reads from there.
 */
@ApplicationScoped
public class TokenSettings {

  @Inject
  @ConfigProperty(name = "portal.notary.token.key")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "portal.notary.token.certificate")
  Optional<String> certificateFile;

  @Inject
  @ConfigProperty(name = "portal.notary.token.issuer", defaultValue = "trust-portal")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.notary.token.service", defaultValue = "notary-server")
  String service;

  @Inject
  @ConfigProperty(name = "portal.notary.token.lifetime-seconds", defaultValue = "300")
  long lifetimeSeconds;

  private volatile TokenMinter minter;

  /** The minter, loaded on first use so that a deployment without token settings still starts. */
  public TokenMinter minter() {
    TokenMinter current = minter;
    if (current == null) {
      synchronized (this) {
        if (minter == null) {
          minter = load();
        }
        current = minter;
      }
    }
    return current;
  }

  public String service() {
    return service;
  }

  private TokenMinter load() {
    Path key = Path.of(required(keyFile, "portal.notary.token.key"));
    Path certificate = Path.of(required(certificateFile, "portal.notary.token.certificate"));
    return new TokenMinter(
        privateKey(key),
        certificate(certificate),
        issuer,
        service,
        Duration.ofSeconds(lifetimeSeconds));
  }

  static PrivateKey privateKey(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      Object pem = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (pem instanceof PEMKeyPair pair) {
        return converter.getPrivateKey(pair.getPrivateKeyInfo());
      }
      if (pem instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new TokenServiceUnavailableException(file + " holds no unencrypted private key", null);
    } catch (IOException e) {
      throw new TokenServiceUnavailableException(file + " is not a readable PEM private key", e);
    }
  }

  static X509Certificate certificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new TokenServiceUnavailableException(file + " is not a readable PEM certificate", e);
    }
  }

  private static String required(Optional<String> value, String property) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () -> new TokenServiceUnavailableException(property + " is not configured", null));
  }
}
