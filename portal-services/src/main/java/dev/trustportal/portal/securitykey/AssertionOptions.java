package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.List;

/**
 * What the browser needs for {@code navigator.credentials.get}: the challenge in base64url, the IDs
 * of the caller's usable keys, and when the challenge expires.
 */
public record AssertionOptions(
    String challenge,
    String rpId,
    List<String> allowCredentials,
    String userVerification,
    long timeoutMillis,
    Instant expiresAt) {}
