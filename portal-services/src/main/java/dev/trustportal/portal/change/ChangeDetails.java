package dev.trustportal.portal.change;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A change request as callers outside portal-services see it.
 *
 * @param payload the canonical JSON that was filed; {@code digest} is its SHA-256 in hex
 * @param attempts how often publishing was tried
 * @param nextAttemptAt when the worker tries (again), while the change waits to be published
 * @param lastError why the last attempt did not publish (notary-server unreachable, a conflict)
 * @param failure why the change failed or was rejected, once it did
 * @param publishedVersions the version of each role file the publication uploaded
 */
public record ChangeDetails(
    long id,
    String organisation,
    String repository,
    String gun,
    ChangeType type,
    ChangeState state,
    String summary,
    String payload,
    String digest,
    String requestedBy,
    Instant filedAt,
    Instant updatedAt,
    int attempts,
    Optional<Instant> nextAttemptAt,
    Optional<String> lastError,
    Optional<String> failure,
    int approvalsGiven,
    int approvalsNeeded,
    Map<String, Integer> publishedVersions) {

  public ChangeDetails {
    publishedVersions = Map.copyOf(publishedVersions);
  }
}
