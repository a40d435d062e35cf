package dev.trustportal.portal.webhook;

import java.time.Instant;

/**
 * One entry of a hook's delivery log.
 *
 * @param state PENDING (waiting for its next attempt), DELIVERED (a 2xx answer) or FAILED (no 2xx
 *     within 24 hours)
 * @param lastStatus the HTTP status of the last attempt, or {@code null} if none answered
 * @param lastError why the last attempt failed, or {@code null}
 * @param nextAttemptAt when a PENDING delivery is tried next
 */
public record DeliverySummary(
    long id,
    String eventId,
    String eventType,
    String state,
    int attempts,
    Integer lastStatus,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant finishedAt) {}
