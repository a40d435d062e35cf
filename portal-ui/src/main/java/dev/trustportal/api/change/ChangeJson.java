package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeDetails;
import java.time.Instant;
import java.util.Map;

/**
 * A change request as the API shows it. {@code payload} is the canonical JSON text that was filed
 * and {@code digest} the hex SHA-256 of its UTF-8 bytes; {@code attempts}, {@code nextAttemptAt}
 * and {@code lastError} show publishing's progress, {@code failure} why it failed or was rejected.
 * Absent values are null.
 */
public record ChangeJson(
    long id,
    String organisation,
    String repository,
    String gun,
    String type,
    String state,
    String summary,
    String payload,
    String digest,
    String requestedBy,
    Instant filedAt,
    Instant updatedAt,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    String failure,
    Approvals approvals,
    Map<String, Integer> publishedVersions) {

  /** How many owners approved, of how many the organisation's policy demanded when it was filed. */
  public record Approvals(int have, int need) {}

  static ChangeJson of(ChangeDetails c) {
    return new ChangeJson(
        c.id(),
        c.organisation(),
        c.repository(),
        c.gun(),
        c.type().name(),
        c.state().name(),
        c.summary(),
        c.payload(),
        c.digest(),
        c.requestedBy(),
        c.filedAt(),
        c.updatedAt(),
        c.attempts(),
        c.nextAttemptAt().orElse(null),
        c.lastError().orElse(null),
        c.failure().orElse(null),
        new Approvals(c.approvalsGiven(), c.approvalsNeeded()),
        c.publishedVersions());
  }
}
