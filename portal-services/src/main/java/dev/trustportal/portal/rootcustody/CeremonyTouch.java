package dev.trustportal.portal.rootcustody;

import java.time.Instant;

/** A custodian's touch in a ceremony: who, with which security key, and which root key signed. */
public record CeremonyTouch(
    String username, long securityKeyId, String rootKeyId, Instant signedAt) {}
