package dev.trustportal.api.repository;

import dev.trustportal.portal.repository.RepositorySummary;
import java.time.Instant;

/**
 * A repository as the API shows it; {@code gun} is the name docker and notary use for its trust
 * data. {@code state} is READY, PENDING_INITIALISATION while {@code initialisationChange} (else
 * null) waits for the owners' approval, or DIVERGED while its trust data on notary-server diverged
 * from what the portal pinned: {@code divergence} (else null) says what differs, and the portal
 * signs nothing for it. In OWNERS root custody a new repository waits, PENDING_INITIALISATION, for
 * the custodians to sign its root in root ceremony {@code rootCeremony} (else null).
 */
public record RepositoryJson(
    String name,
    String gun,
    Instant createdAt,
    String state,
    Long initialisationChange,
    String divergence,
    Long rootCeremony) {

  static RepositoryJson of(RepositorySummary summary) {
    return new RepositoryJson(
        summary.name(),
        summary.gun(),
        summary.createdAt(),
        summary.state(),
        summary.initialisationChange(),
        summary.divergence(),
        summary.rootCeremony());
  }
}
