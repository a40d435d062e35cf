package dev.trustportal.portal.expiry;

import java.time.Instant;

/**
 * One role of an organisation's repository on the expiry radar.
 *
 * @param daysLeft whole days until it expires, rounded down; negative once it has expired
 * @param signersResign whether only its signers can re-sign it (a delegation), not the portal
 */
public record RadarEntry(
    String repository,
    String gun,
    String role,
    Instant expires,
    long daysLeft,
    ExpiryBand band,
    boolean signersResign) {}
