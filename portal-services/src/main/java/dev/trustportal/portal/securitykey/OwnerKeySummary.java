package dev.trustportal.portal.securitykey;

import java.time.Instant;

/**
 * A security key of one of an organisation's owners, as the organisation's owners see it; {@code
 * mine} when it is the viewer's own, which another owner confirms.
 */
public record OwnerKeySummary(
    long id,
    String owner,
    String name,
    Instant registeredAt,
    boolean mine,
    KeyStandingSummary standing) {}
