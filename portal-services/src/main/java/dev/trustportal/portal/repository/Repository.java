package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registry repository of an organisation whose trust data lives on notary-server under its GUN.
 * The table is created by Flyway (V5, V14), never by Hibernate. Until its initialisation is
 * approved (where the organisation's policy asks for approval) it has no trust data yet.
 */
@Entity
@Table(name = "repository")
public class Repository {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "name", nullable = false, updatable = false, length = RepositoryName.MAX_LENGTH)
  private String name;

  @Column(name = "gun", nullable = false, unique = true, updatable = false, length = 255)
  private String gun;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // V14: the change that initialises the trust data, while it waits for approval; null once
  // initialised.
  @Column(name = "pending_change_id")
  private Long pendingChangeId;

  // V45: the root ceremony that initialises the trust data in OWNERS custody; null once published.
  @Column(name = "pending_ceremony_id")
  private Long pendingCeremonyId;

  // V35: what differs from the pinned trust while diverged; written by pinning.Divergences (native
  // SQL).
  @Column(name = "diverged_finding", insertable = false, updatable = false)
  private String divergedFinding;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Repository() {
    // for JPA
  }

  public Repository(Organisation organisation, RepositoryName name, Gun gun, Instant createdAt) {
    this.organisation = Objects.requireNonNull(organisation);
    this.name = Objects.requireNonNull(name).value();
    this.gun = Objects.requireNonNull(gun).value();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Organisation organisation() {
    return organisation;
  }

  public RepositoryName name() {
    return new RepositoryName(name);
  }

  public Gun gun() {
    return new Gun(gun);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Its trust data waits for the owners to approve change {@code changeId}, which initialises it.
   */
  public void awaitInitialisation(long changeId) {
    this.pendingChangeId = changeId;
  }

  /**
   * Its trust data waits for root ceremony {@code ceremonyId}, in which custodians sign its root.
   */
  public void awaitCeremony(long ceremonyId) {
    this.pendingCeremonyId = ceremonyId;
  }

  /** Its trust data is on notary-server now. */
  public void initialised() {
    this.pendingChangeId = null;
    this.pendingCeremonyId = null;
  }

  /** The root ceremony that initialises the trust data while custodians sign it. */
  public Optional<Long> pendingCeremony() {
    return Optional.ofNullable(pendingCeremonyId);
  }

  /** The change that initialises the trust data while it waits for approval. */
  public Optional<Long> pendingInitialisation() {
    return Optional.ofNullable(pendingChangeId);
  }

  /**
   * What differs between its trust data on notary-server and what the portal pinned, while
   * diverged.
   */
  public Optional<String> divergence() {
    return Optional.ofNullable(divergedFinding);
  }

  public long version() {
    return version;
  }
}
