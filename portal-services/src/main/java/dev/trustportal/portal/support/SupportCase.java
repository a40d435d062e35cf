package dev.trustportal.portal.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.approval.Quorum;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
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
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support case of a repository. What it does never changes after opening (kind, plan, the trust
 * data it was computed from, their digest); its state and current step move as {@link CaseMachine}
 * says. The table is Flyway's (V13); approvals and completed steps are rows of their own.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "repository_id", nullable = false, updatable = false)
  private Repository repository;

  @Column(name = "gun", nullable = false, updatable = false)
  private String gun;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private CaseKind kind;

  @Column(name = "ticket", nullable = false, updatable = false)
  private String ticket;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "signer_name", updatable = false)
  private String signerName;

  @Column(name = "signer_key_id", updatable = false)
  private String signerKeyId;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "break_glass", nullable = false, updatable = false)
  private boolean breakGlass;

  /** Approvers needed besides the agent: owners, or platform admins under break-glass. */
  @Column(name = "owners_needed", nullable = false, updatable = false)
  private int othersNeeded;

  @Column(name = "plan", nullable = false, updatable = false)
  private String plan;

  @Column(name = "captured", nullable = false, updatable = false)
  private String captured;

  @Column(name = "digest", nullable = false, updatable = false)
  private String digest;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private CaseState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false)
  private CaseStep step;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SupportCase() {
    // for JPA
  }

  public SupportCase(
      Repository repository,
      CaseInputs inputs,
      String openedBy,
      boolean breakGlass,
      int othersNeeded,
      List<PlanLine> plan,
      CapturedTrust captured,
      Instant now) {
    this.repository = Objects.requireNonNull(repository);
    this.organisation = repository.organisation();
    this.gun = inputs.gun().value();
    this.kind = inputs.kind();
    this.ticket = inputs.ticket();
    this.reason = inputs.reason();
    this.signerName = inputs.signer() == null ? null : inputs.signer().value();
    this.signerKeyId = inputs.keyId() == null ? null : inputs.keyId().value();
    this.openedBy = Objects.requireNonNull(openedBy);
    this.openedAt = now;
    this.breakGlass = breakGlass;
    this.othersNeeded = othersNeeded;
    this.plan = write(plan);
    this.captured = captured.toJson();
    this.digest =
        CaseDigests.digest(
            this.gun, kind, ticket, this.reason, signerName, signerKeyId, this.plan, this.captured);
    this.state = CaseState.AWAITING_APPROVAL;
    this.step = kind.steps().get(0);
    this.updatedAt = now;
  }

  /**
   * Moves to the state and step the machine computed; a step that completed clears the last error.
   */
  public void moveTo(CaseState state, CaseStep step, Instant now) {
    if (step != this.step) {
      this.lastError = null;
    }
    this.state = state;
    this.step = step;
    this.updatedAt = now;
  }

  /** Cancelled before anything was carried out; see {@link CaseState#cancellable()}. */
  public void cancel(String by, String why, Instant now) {
    this.state = CaseState.CANCELLED;
    this.cancelledBy = Objects.requireNonNull(by);
    this.cancellationReason = Objects.requireNonNull(why);
    this.updatedAt = now;
  }

  /** A step failed; the case stays at it and resumes there. */
  public void failed(String error, Instant now) {
    this.state = CaseState.EXECUTING;
    this.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    this.updatedAt = now;
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

  public Gun gun() {
    return new Gun(gun);
  }

  public CaseKind kind() {
    return kind;
  }

  public String ticket() {
    return ticket;
  }

  public String reason() {
    return reason;
  }

  public String signerName() {
    return signerName;
  }

  public String signerKeyId() {
    return signerKeyId;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public boolean breakGlass() {
    return breakGlass;
  }

  public int othersNeeded() {
    return othersNeeded;
  }

  /**
   * Who approves the case: the agent who opened it and {@link #othersNeeded()} other people, so
   * that a case always needs two people at least.
   */
  public Quorum quorum() {
    return Quorum.personAnd(openedBy, othersNeeded);
  }

  /**
   * How many others a case needs besides its agent: the owners the policy asks for any change (at
   * least one), or, when no owner is left, platform admins (break-glass: two in all, the agent
   * counting as one if the agent is a platform admin).
   */
  public static int othersNeeded(
      boolean breakGlass, boolean openerIsPlatformAdmin, int ownersByPolicy) {
    if (breakGlass) {
      return openerIsPlatformAdmin ? 1 : 2;
    }
    return Math.max(1, ownersByPolicy);
  }

  public List<PlanLine> plan() {
    try {
      return JSON.readValue(plan, new TypeReference<List<PlanLine>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CapturedTrust captured() {
    return CapturedTrust.fromJson(captured);
  }

  public String digest() {
    return digest;
  }

  public CaseState state() {
    return state;
  }

  public CaseStep step() {
    return step;
  }

  public String lastError() {
    return lastError;
  }

  /** Who cancelled the case and why; empty unless it is CANCELLED. */
  public Optional<CaseCancellation> cancellation() {
    return cancelledBy == null
        ? Optional.empty()
        : Optional.of(new CaseCancellation(cancelledBy, cancellationReason));
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  private static String write(List<PlanLine> plan) {
    try {
      return JSON.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
