package dev.trustportal.portal.securitykey;

import java.util.UUID;

/**
 * What a verified registration gives the portal to store: the credential's ID (base64url), its
 * attested credential data (AAGUID, ID and public key, as the authenticator encoded them), its
 * initial state, and whether its attestation was verified to a configured root (not so under the
 * testing policy).
 */
public record VerifiedRegistration(
    String credentialId,
    byte[] attestedCredentialData,
    UUID aaguid,
    String format,
    long signCount,
    boolean userVerified,
    boolean attestationVerified) {}
