package dev.trustportal.portal.securitykey;

import com.webauthn4j.WebAuthnRegistrationManager;
import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.NullCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import com.webauthn4j.verifier.exception.CertificateException;
import com.webauthn4j.verifier.exception.SelfAttestationProhibitedException;
import com.webauthn4j.verifier.exception.TrustAnchorNotFoundException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.trustportal.portal.securitykey.SecurityKeyRefusedException.Reason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * Verifies a registration (WebAuthn §7.1) against the attestation policy. Pure: no I/O. The
 * policy's own checks come first, each with its reason, so that a key is never accepted by a
 * verifier that is more lenient than the policy: format {@code none} and self attestation are
 * refused before WebAuthn4J sees them, the chain is verified to the configured roots only, and a
 * backup-eligible (synced) credential is refused whatever the policy.
 */
public final class RegistrationVerifier {

  private static final Set<String> CHAINED_FORMATS = Set.of("packed", "fido-u2f");

  private final WebAuthnSettings settings;
  private final ObjectConverter converter = new ObjectConverter();
  private final Optional<MetadataBlob> metadata;
  private final WebAuthnRegistrationManager manager;

  public RegistrationVerifier(WebAuthnSettings settings) {
    this(settings, Optional.empty());
  }

  /**
   * @param metadata the FIDO metadata a platform admin uploaded, if any: it adds the attestation
   *     roots it lists for a model to the configured ones, and refuses models it reports
   *     compromised
   */
  public RegistrationVerifier(WebAuthnSettings settings, Optional<MetadataBlob> metadata) {
    this.settings = settings;
    this.metadata = metadata;
    this.manager = settings.policy().needsTrustedChain() ? strict(settings) : lenient();
  }

  /**
   * @param json the browser's {@code PublicKeyCredential.toJSON()} of the created credential
   * @param challenge the challenge the portal issued for this registration
   * @throws SecurityKeyRefusedException naming the first check that failed
   */
  public VerifiedRegistration verify(String json, byte[] challenge) {
    RegistrationData data = parse(json);
    AttestationObject attestation = data.getAttestationObject();
    requireNotSynced(attestation);
    requireNotCompromised(
        attestation.getAuthenticatorData().getAttestedCredentialData().getAaguid().getValue());
    if (settings.policy().needsTrustedChain()) {
      requireTrustedFormat(attestation);
      requireAllowedModel(
          attestation.getAuthenticatorData().getAttestedCredentialData().getAaguid());
    }
    verifyWithWebAuthn4j(data, challenge);
    return accepted(attestation);
  }

  /** The challenge the registration claims to answer, to look it up before verifying. */
  public byte[] challengeOf(String json) {
    return parse(json).getCollectedClientData().getChallenge().getValue();
  }

  private RegistrationData parse(String json) {
    try {
      RegistrationData data = manager.parse(json);
      if (data.getCollectedClientData() == null
          || data.getAttestationObject() == null
          || data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData()
              == null) {
        throw new SecurityKeyRefusedException(
            Reason.INVALID_RESPONSE, "it holds no attested credential.");
      }
      return data;
    } catch (DataConversionException
        | JacksonException
        | IllegalArgumentException
        | NullPointerException unreadable) {
      throw new SecurityKeyRefusedException(
          Reason.INVALID_RESPONSE,
          "expected the JSON of"
              + " PublicKeyCredential.toJSON() for a created credential ("
              + unreadable.getMessage()
              + ").");
    }
  }

  // WebAuthn §6.1: BE set means the credential may be synced to other devices; an approval must
  // come
  // from the one hardware key that was registered.
  private static void requireNotSynced(AttestationObject attestation) {
    if (attestation.getAuthenticatorData().isFlagBE()) {
      throw new SecurityKeyRefusedException(Reason.BACKUP_ELIGIBLE);
    }
  }

  // MDS3 §3.1.4: keys of a model whose latest status report is a compromise are not to be trusted.
  private void requireNotCompromised(UUID aaguid) {
    metadata
        .flatMap(blob -> blob.entry(aaguid))
        .ifPresent(
            entry ->
                entry
                    .compromise()
                    .ifPresent(
                        report -> {
                          throw new SecurityKeyRefusedException(
                              Reason.MODEL_COMPROMISED,
                              entry.description()
                                  + ", AAGUID "
                                  + aaguid
                                  + ", status "
                                  + report.status()
                                  + (report.effectiveDate() == null
                                      ? ""
                                      : " since " + report.effectiveDate()));
                        }));
  }

  private static void requireTrustedFormat(AttestationObject attestation) {
    String format = attestation.getFormat();
    if ("none".equals(format)) {
      throw new SecurityKeyRefusedException(Reason.NO_ATTESTATION);
    }
    if (!CHAINED_FORMATS.contains(format)) {
      throw new SecurityKeyRefusedException(Reason.UNSUPPORTED_FORMAT);
    }
    // WebAuthn §8.2 step "If x5c is not present, self attestation is in use."
    if (!(attestation.getAttestationStatement()
            instanceof CertificateBaseAttestationStatement statement)
        || statement.getX5c() == null
        || statement.getX5c().isEmpty()) {
      throw new SecurityKeyRefusedException(Reason.SELF_ATTESTATION);
    }
  }

  private void requireAllowedModel(AAGUID aaguid) {
    if (settings.policy() == AttestationPolicy.YUBIKEY_ONLY
        && !settings.allowedAaguids().contains(aaguid.getValue())) {
      throw new SecurityKeyRefusedException(Reason.AAGUID_NOT_ALLOWED, aaguid.getValue());
    }
  }

  private void verifyWithWebAuthn4j(RegistrationData data, byte[] challenge) {
    RegistrationParameters parameters =
        new RegistrationParameters(
            WebAuthnServer.property(settings, challenge),
            WebAuthnServer.ALGORITHMS,
            settings.userVerificationRequired(),
            true);
    try {
      manager.verify(data, parameters);
    } catch (TrustAnchorNotFoundException | CertificateException untrusted) {
      throw new SecurityKeyRefusedException(Reason.UNTRUSTED_CHAIN);
    } catch (SelfAttestationProhibitedException self) {
      throw new SecurityKeyRefusedException(Reason.SELF_ATTESTATION);
    } catch (UserNotVerifiedException unverified) {
      throw new SecurityKeyRefusedException(Reason.USER_NOT_VERIFIED);
    } catch (VerificationException invalid) {
      throw new SecurityKeyRefusedException(Reason.INVALID_RESPONSE, invalid.getMessage());
    }
  }

  private VerifiedRegistration accepted(AttestationObject attestation) {
    AttestedCredentialData credential =
        attestation.getAuthenticatorData().getAttestedCredentialData();
    byte[] encoded = new AttestedCredentialDataConverter(converter).convert(credential);
    UUID aaguid = credential.getAaguid().getValue();
    return new VerifiedRegistration(
        Base64UrlUtil.encodeToString(credential.getCredentialId()),
        encoded,
        aaguid,
        attestation.getFormat(),
        attestation.getAuthenticatorData().getSignCount(),
        attestation.getAuthenticatorData().isFlagUV(),
        settings.policy().needsTrustedChain());
  }

  private WebAuthnRegistrationManager strict(WebAuthnSettings settings) {
    Set<TrustAnchor> configured = anchors(settings.roots());
    TrustAnchorRepository configuredAndListedRoots =
        new TrustAnchorRepository() {
          // The configured roots, and those the uploaded FIDO metadata lists for the model: never
          // the JVM's.
          @Override
          public Set<TrustAnchor> find(AAGUID aaguid) {
            List<X509Certificate> listed =
                metadata
                    .flatMap(blob -> blob.entry(aaguid.getValue()))
                    .map(MetadataEntry::attestationRoots)
                    .orElse(List.of());
            if (listed.isEmpty()) {
              return configured;
            }
            Set<TrustAnchor> both = new HashSet<>(configured);
            both.addAll(anchors(listed));
            return both;
          }

          @Override
          public Set<TrustAnchor> find(byte[] attestationCertificateKeyIdentifier) {
            return configured;
          }
        };
    DefaultCertPathTrustworthinessVerifier chains =
        new DefaultCertPathTrustworthinessVerifier(configuredAndListedRoots);
    chains.setRevocationCheckEnabled(false);
    return new WebAuthnRegistrationManager(
        List.of(
            new PackedAttestationStatementVerifier(), new FIDOU2FAttestationStatementVerifier()),
        chains,
        new DefaultSelfAttestationTrustworthinessVerifier(false),
        converter);
  }

  private static Set<TrustAnchor> anchors(List<X509Certificate> roots) {
    return roots.stream()
        .map(root -> new TrustAnchor(root, null))
        .collect(Collectors.toUnmodifiableSet());
  }

  private WebAuthnRegistrationManager lenient() {
    return new WebAuthnRegistrationManager(
        List.of(
            new NoneAttestationStatementVerifier(),
            new PackedAttestationStatementVerifier(),
            new FIDOU2FAttestationStatementVerifier()),
        new NullCertPathTrustworthinessVerifier(),
        new DefaultSelfAttestationTrustworthinessVerifier(true),
        converter);
  }
}
