package dev.trustportal.portal.securitykey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's WebAuthn settings from MicroProfile Config (environment variables in the embedded
 * stack): {@code portal.webauthn.rp-id} (default {@code localhost}), {@code
 * portal.webauthn.origins} (comma-separated; empty accepts the RP ID's host on any port, over
 * https, or http for localhost), {@code portal.webauthn.attestation} ({@code yubikey-only} by
 * default, {@code any-fido2}, or {@code any-authenticator-testing} for test stacks), {@code
 * portal.webauthn.roots} (a PEM file; the Yubico root by default), {@code portal.webauthn.aaguids}
 * (comma-separated; current YubiKeys by default) and {@code portal.webauthn.user-verification}
 * ({@code required} by default, or {@code preferred}).
 */
@ApplicationScoped
public class WebAuthnConfiguration {

  private static final String DEFAULT_ROOTS = "yubico-roots.pem";

  private final WebAuthnSettings settings;

  @Inject
  public WebAuthnConfiguration(
      @ConfigProperty(name = "portal.webauthn.rp-id", defaultValue = "localhost") String rpId,
      @ConfigProperty(name = "portal.webauthn.origins") Optional<String> origins,
      @ConfigProperty(name = "portal.webauthn.attestation", defaultValue = "yubikey-only")
          String attestation,
      @ConfigProperty(name = "portal.webauthn.roots") Optional<String> roots,
      @ConfigProperty(name = "portal.webauthn.aaguids") Optional<String> aaguids,
      @ConfigProperty(name = "portal.webauthn.user-verification", defaultValue = "required")
          String verification) {
    this.settings =
        new WebAuthnSettings(
            rpId,
            list(origins.orElse("")),
            AttestationPolicy.parse(attestation),
            roots
                .map(WebAuthnConfiguration::rootsFrom)
                .orElseGet(WebAuthnConfiguration::defaultRoots),
            aaguids
                .map(WebAuthnConfiguration::aaguids)
                .orElseGet(WebAuthnConfiguration::defaultAaguids),
            !"preferred".equalsIgnoreCase(verification.strip()));
  }

  /** For the CDI client proxy only. */
  protected WebAuthnConfiguration() {
    this.settings = null;
  }

  public WebAuthnSettings settings() {
    return settings;
  }

  private static Set<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  static List<X509Certificate> defaultRoots() {
    try (InputStream in = WebAuthnConfiguration.class.getResourceAsStream(DEFAULT_ROOTS)) {
      return certificates(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<X509Certificate> rootsFrom(String file) {
    try {
      return certificates(Files.readAllBytes(Path.of(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("portal.webauthn.roots: cannot read " + file, e);
    }
  }

  static List<X509Certificate> certificates(byte[] pem) {
    try {
      return CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem))
          .stream()
          .map(X509Certificate.class::cast)
          .toList();
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "Attestation roots are not PEM certificates: " + e.getMessage(), e);
    }
  }

  static Set<UUID> defaultAaguids() {
    return KnownModels.all().keySet();
  }

  private static Set<UUID> aaguids(String commaSeparated) {
    return list(commaSeparated).stream()
        .map(UUID::fromString)
        .collect(Collectors.toUnmodifiableSet());
  }
}
