package dev.trustportal.portal.securitykey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A registered security key (WebAuthn credential) of one account. Table by Flyway (V9). */
@Entity
@Table(name = "security_key")
public class SecurityKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "credential_id", nullable = false, updatable = false)
  private String credentialId;

  @Column(name = "attested_credential_data", nullable = false, updatable = false)
  private byte[] attestedCredentialData;

  @Column(name = "aaguid", nullable = false, updatable = false)
  private UUID aaguid;

  @Column(name = "attestation_format", nullable = false, updatable = false)
  private String attestationFormat;

  @Column(name = "attestation_verified", nullable = false, updatable = false)
  private boolean attestationVerified;

  @Column(name = "sign_count", nullable = false)
  private long signCount;

  @Column(name = "uv_initialized", nullable = false)
  private boolean uvInitialized;

  @Column(name = "possibly_cloned", nullable = false)
  private boolean possiblyCloned;

  @Column(name = "suspended_reason")
  private String suspendedReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  // V45: set when the owner enrolled the key as a root custodian (WebAuthn PRF); the PRF output is
  // never kept.
  @Column(name = "prf_salt")
  private byte[] prfSalt;

  @Column(name = "custodian_public_key")
  private byte[] custodianPublicKey;

  @Column(name = "custodian_since")
  private Instant custodianSince;

  protected SecurityKey() {
    // for JPA
  }

  public SecurityKey(
      String username, SecurityKeyName name, VerifiedRegistration registration, Instant now) {
    this.username = Objects.requireNonNull(username);
    this.name = name.value();
    this.credentialId = registration.credentialId();
    this.attestedCredentialData = registration.attestedCredentialData().clone();
    this.aaguid = registration.aaguid();
    this.attestationFormat = registration.format();
    this.attestationVerified = registration.attestationVerified();
    this.signCount = registration.signCount();
    this.uvInitialized = registration.userVerified();
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Records a verified use: the counter the key reported and when. */
  void used(long newSignCount, Instant now) {
    signCount = newSignCount;
    lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  StoredCredential credential() {
    return new StoredCredential(
        credentialId, attestedCredentialData.clone(), signCount, uvInitialized);
  }

  public long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public String credentialId() {
    return credentialId;
  }

  public UUID aaguid() {
    return aaguid;
  }

  /** Whether its registration proved the maker: an attestation chained to a configured root. */
  public boolean attestationVerified() {
    return attestationVerified;
  }

  public String attestationFormat() {
    return attestationFormat;
  }

  public long signCount() {
    return signCount;
  }

  public boolean possiblyCloned() {
    return possiblyCloned;
  }

  /**
   * Why the key is refused from now on (its model reported compromised); empty while it is usable.
   */
  public Optional<String> suspendedReason() {
    return Optional.ofNullable(suspendedReason);
  }

  /** Whether an assertion of the key may count: neither possibly cloned nor suspended. */
  public boolean usable() {
    return !possiblyCloned && suspendedReason == null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  /**
   * The key is a custodian key from now on: its PRF salt and the public key its PRF output derived.
   */
  void enrolAsCustodian(byte[] salt, byte[] publicKey, Instant now) {
    this.prfSalt = salt.clone();
    this.custodianPublicKey = publicKey.clone();
    this.custodianSince = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** What makes it a custodian key, if its owner enrolled it as one. */
  public Optional<CustodianEnrolment> custodian() {
    return custodianSince == null
        ? Optional.empty()
        : Optional.of(
            new CustodianEnrolment(
                id, username, name, credentialId, prfSalt, custodianPublicKey, custodianSince));
  }
}
