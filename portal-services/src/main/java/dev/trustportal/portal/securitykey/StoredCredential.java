package dev.trustportal.portal.securitykey;

/** A registered credential as assertion verification needs it. */
public record StoredCredential(
    String credentialId, byte[] attestedCredentialData, long signCount, boolean uvInitialized) {}
