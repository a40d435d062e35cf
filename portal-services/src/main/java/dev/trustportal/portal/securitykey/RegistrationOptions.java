package dev.trustportal.portal.securitykey;

import java.util.List;

/**
 * What the browser needs for {@code navigator.credentials.create}: binary values in base64url, the
 * caller's registered credential IDs to exclude, COSE algorithm numbers. Attestation is always asked
 * {@code direct} from a cross-platform authenticator, without a resident key.
 */
public record RegistrationOptions(
    String challenge, String rpId, String rpName, String userId, String userName, String userDisplayName,
    List<Integer> algorithms, List<String> excludeCredentials, String userVerification, long timeoutMillis) {}
