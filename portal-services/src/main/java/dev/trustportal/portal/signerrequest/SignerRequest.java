package dev.trustportal.portal.signerrequest;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signer.SignerName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's request for a signer of a repository, from asking to its decision. It keeps the PEM
 * text as sent, so that accepting it files the signer through exactly the path an admin's direct
 * request takes. Decided once: PENDING -> ACCEPTED or DECLINED. Table by Flyway (V15).
 */
@Entity
@Table(name = "signer_request")
public class SignerRequest {

  private static final String PUBLIC_KEY = "PUBLIC_KEY";
  private static final String CERTIFICATE = "CERTIFICATE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "repository_id", nullable = false, updatable = false)
  private Repository repository;

  @Column(name = "signer_name", nullable = false, updatable = false)
  private String signerName;

  @Column(name = "key_kind", nullable = false, updatable = false)
  private String keyKind;

  @Column(name = "key_pem", nullable = false, updatable = false)
  private String keyPem;

  @Column(name = "key_id", nullable = false, updatable = false)
  private String keyId;

  @Column(name = "key_type", nullable = false, updatable = false)
  private String keyType;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private SignerRequestState state;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reason")
  private String reason;

  @Column(name = "change_id")
  private Long changeId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SignerRequest() {
    // for JPA
  }

  /** A pending request for a signer whose name and key passed the signer rules. */
  public SignerRequest(
      Repository repository,
      SignerName name,
      SignerKeyInput input,
      Key parsed,
      String requestedBy,
      Instant now) {
    this.repository = Objects.requireNonNull(repository);
    this.organisation = repository.organisation();
    this.signerName = name.value();
    boolean certificate = input.certificate() != null && !input.certificate().isBlank();
    this.keyKind = certificate ? CERTIFICATE : PUBLIC_KEY;
    this.keyPem = certificate ? input.certificate() : input.publicKey();
    this.keyId = KeyIds.of(parsed).value();
    this.keyType = parsed.keyType();
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = stored(now);
    this.state = SignerRequestState.PENDING;
  }

  void accept(String decider, long filedChange, Instant now) {
    decide(SignerRequestState.ACCEPTED, decider, now);
    changeId = filedChange;
  }

  void decline(String decider, String why, Instant now) {
    decide(SignerRequestState.DECLINED, decider, now);
    reason = why;
  }

  private void decide(SignerRequestState next, String decider, Instant now) {
    if (state != SignerRequestState.PENDING) {
      // Unsaved requests have no ID yet; only stored ones are decided in practice.
      throw new SignerRequestDecidedException(id == null ? 0 : id, state);
    }
    state = next;
    decidedBy = decider;
    decidedAt = stored(now);
  }

  // PostgreSQL keeps microseconds: what a caller is answered now must equal what it reads later.
  private static Instant stored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  public long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Repository repository() {
    return repository;
  }

  public SignerName name() {
    return new SignerName(signerName);
  }

  /** The key as the requester sent it. */
  public SignerKeyInput key() {
    return CERTIFICATE.equals(keyKind)
        ? SignerKeyInput.certificate(keyPem)
        : SignerKeyInput.publicKey(keyPem);
  }

  public String keyId() {
    return keyId;
  }

  public String keyType() {
    return keyType;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public SignerRequestState state() {
    return state;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<Long> changeId() {
    return Optional.ofNullable(changeId);
  }
}
