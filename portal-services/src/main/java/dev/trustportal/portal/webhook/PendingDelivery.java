package dev.trustportal.portal.webhook;

import java.time.Instant;

/** A claimed delivery with what sending it needs. */
public record PendingDelivery(
    long id,
    long webhookId,
    String url,
    SealedSecret secret,
    String eventId,
    String eventType,
    String body,
    Instant createdAt,
    int attempts) {}
