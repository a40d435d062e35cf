package dev.trustportal.portal.repository;

import java.time.Instant;

/** What callers outside portal-services see of a repository; {@code gun} is what docker and notary use. */
public record RepositorySummary(String organisation, String name, String gun, Instant createdAt) {

  static RepositorySummary of(Repository repository) {
    return new RepositorySummary(
        repository.organisation().name().value(),
        repository.name().value(),
        repository.gun().value(),
        repository.createdAt());
  }
}
