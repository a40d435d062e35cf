package dev.trustportal.portal.change;

import dev.trustportal.notary.tuf.Gun;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A requested change of a repository's trust, from filing to its outcome. The payload and digest
 * never change after filing; the state moves as {@link ChangeState} describes, each move a method
 * here that refuses a move the lifecycle does not allow. Table by Flyway (V6).
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

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
  @Column(name = "type", nullable = false, updatable = false)
  private ChangeType type;

  @Column(name = "payload", nullable = false, updatable = false)
  private String payload;

  @Column(name = "digest", nullable = false, updatable = false)
  private String digest;

  @Column(name = "summary", nullable = false, updatable = false)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ChangeState state;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "approvals_needed", nullable = false, updatable = false)
  private int approvalsNeeded;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "failure")
  private String failure;

  @Column(name = "published_versions")
  private String publishedVersions;

  @Column(name = "dropped_tags")
  private String droppedTags;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ChangeRequest() {
    // for JPA
  }

  /** A request as filed: state FILED, with the payload and digest of the change. */
  public ChangeRequest(
      Repository repository,
      TrustChange change,
      String requestedBy,
      int approvalsNeeded,
      Instant now) {
    this.repository = Objects.requireNonNull(repository);
    this.organisation = repository.organisation();
    this.gun = repository.gun().value();
    this.type = change.type();
    this.payload = ChangePayloads.canonical(repository.gun(), change);
    this.digest = ChangePayloads.digest(payload);
    this.summary = change.summary();
    this.state = ChangeState.FILED;
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.approvalsNeeded = approvalsNeeded;
    this.filedAt = stored(now);
    this.updatedAt = filedAt;
  }

  /**
   * FILED -> APPROVED: the quorum is met; the caller queues it for publishing in the same
   * transaction.
   */
  void approve(Instant now) {
    requireState(ChangeState.FILED);
    move(ChangeState.APPROVED, now);
    nextAttemptAt = stored(now);
  }

  void reject(String reason, Instant now) {
    requireState(ChangeState.FILED);
    failure = reason;
    move(ChangeState.REJECTED, now);
  }

  /** APPROVED -> PUBLISHING: a worker claimed it. */
  void startPublishing(Instant now) {
    requireState(ChangeState.APPROVED, ChangeState.PUBLISHING);
    attempts++;
    move(ChangeState.PUBLISHING, now);
  }

  /** The tags its publication left in no role, as {@link DroppedTags} writes them. */
  void dropped(String droppedTagsJson) {
    droppedTags = droppedTagsJson;
  }

  /** The tags its publication left in no role, as {@link DroppedTags} writes them, or null. */
  String droppedTags() {
    return droppedTags;
  }

  void published(String versionsJson, Instant now) {
    requireState(ChangeState.PUBLISHING);
    publishedVersions = versionsJson;
    nextAttemptAt = null;
    move(ChangeState.PUBLISHED, now);
  }

  /**
   * Back to APPROVED with the next attempt scheduled: notary-server could not be reached or
   * conflicted.
   */
  void retryAt(Instant next, String error, Instant now) {
    requireState(ChangeState.PUBLISHING, ChangeState.APPROVED);
    nextAttemptAt = stored(next);
    lastError = error;
    move(ChangeState.APPROVED, now);
  }

  void fail(String reason, Instant now) {
    requireState(ChangeState.PUBLISHING, ChangeState.APPROVED);
    failure = reason;
    nextAttemptAt = null;
    move(ChangeState.FAILED, now);
  }

  private void move(ChangeState next, Instant now) {
    state = next;
    updatedAt = stored(now);
  }

  // PostgreSQL keeps microseconds: what a caller is answered now must equal what it reads later.
  private static Instant stored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  private void requireState(ChangeState... allowed) {
    for (ChangeState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new IllegalStateException("change request " + id + " is " + state);
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

  public ChangeType type() {
    return type;
  }

  public TrustChange change() {
    return ChangePayloads.parse(payload);
  }

  public String payload() {
    return payload;
  }

  public String digest() {
    return digest;
  }

  public String summary() {
    return summary;
  }

  public ChangeState state() {
    return state;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public int approvalsNeeded() {
    return approvalsNeeded;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public Optional<String> publishedVersions() {
    return Optional.ofNullable(publishedVersions);
  }
}
