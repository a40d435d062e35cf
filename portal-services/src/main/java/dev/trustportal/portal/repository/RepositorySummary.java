package dev.trustportal.portal.repository;

import java.time.Instant;

/**
 * What callers outside portal-services see of a repository; {@code gun} is what docker and notary
 * use.
 *
 * @param initialisationChange the change request that initialises its trust data while that waits
 *     for the owners' approval; null once the trust data is on notary-server
 * @param divergence what differs between the trust data on notary-server and what the portal
 *     pinned, while the repository is diverged; else null
 */
public record RepositorySummary(
    String organisation,
    String name,
    String gun,
    Instant createdAt,
    Long initialisationChange,
    String divergence,
    Long rootCeremony) {

  /**
   * The state the API shows: READY, PENDING_INITIALISATION while the initialisation waits, or
   * DIVERGED while its trust data diverged from the pinned trust (the portal signs nothing for it
   * then).
   */
  public String state() {
    if (initialisationChange != null || rootCeremony != null) {
      return "PENDING_INITIALISATION";
    }
    return divergence == null ? "READY" : "DIVERGED";
  }

  static RepositorySummary of(Repository repository) {
    return new RepositorySummary(
        repository.organisation().name().value(),
        repository.name().value(),
        repository.gun().value(),
        repository.createdAt(),
        repository.pendingInitialisation().orElse(null),
        repository.divergence().orElse(null),
        repository.pendingCeremony().orElse(null));
  }
}
