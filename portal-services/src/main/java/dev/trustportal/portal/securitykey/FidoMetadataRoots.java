package dev.trustportal.portal.securitykey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The roots an uploaded FIDO metadata blob must chain to: {@code portal.webauthn.mds-root} (a PEM
 * file), else the FIDO Alliance's MDS3 root that ships with the portal (GlobalSign Root CA - R3, as
 * Debian's ca-certificates has it, SHA-256 fingerprint CB:B5:22:D7:…:C9:63:C5:3B; the root
 * https://mds3.fidoalliance.org/ names). Test stacks configure their own root.
 */
@ApplicationScoped
public class FidoMetadataRoots {

  private static final String DEFAULT_ROOT = "fido-mds3-root.pem";

  private final List<X509Certificate> roots;

  @Inject
  public FidoMetadataRoots(
      @ConfigProperty(name = "portal.webauthn.mds-root") Optional<String> file) {
    this.roots =
        file.filter(f -> !f.isBlank())
            .map(FidoMetadataRoots::read)
            .orElseGet(FidoMetadataRoots::shipped);
  }

  /** For the CDI client proxy only. */
  protected FidoMetadataRoots() {
    this.roots = null;
  }

  public List<X509Certificate> roots() {
    return roots;
  }

  static List<X509Certificate> shipped() {
    try (InputStream in = FidoMetadataRoots.class.getResourceAsStream(DEFAULT_ROOT)) {
      return WebAuthnConfiguration.certificates(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<X509Certificate> read(String file) {
    try {
      return WebAuthnConfiguration.certificates(Files.readAllBytes(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("portal.webauthn.mds-root: cannot read " + file, e);
    }
  }
}
