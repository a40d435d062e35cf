package dev.trustportal.portal.repository;

import java.time.Instant;

/**
 * What callers outside portal-services see of a repository; {@code gun} is what docker and notary use.
 *
 * @param initialisationChange the change request that initialises its trust data while that waits for
 *     the owners' approval; null once the trust data is on notary-server
 */
public record RepositorySummary(String organisation, String name, String gun, Instant createdAt,
    Long initialisationChange) {

  /** The state the API shows: READY, or PENDING_INITIALISATION while the initialisation waits. */
  public String state() {
    return initialisationChange == null ? "READY" : "PENDING_INITIALISATION";
  }

  static RepositorySummary of(Repository repository) {
    return new RepositorySummary(
        repository.organisation().name().value(),
        repository.name().value(),
        repository.gun().value(),
        repository.createdAt(),
        repository.pendingInitialisation().orElse(null));
  }
}
