package dev.trustportal.portal.securitykey;

import java.util.List;
import java.util.Optional;

/**
 * What the browser needs for {@code navigator.credentials.create}: binary values in base64url, the
 * caller's registered credential IDs to exclude, COSE algorithm numbers. Attestation is always
 * asked {@code direct} from a cross-platform authenticator, without a resident key.
 *
 * @param existingKey for an account with a usable key: the options of the touch of one of them that
 *     this registration needs first; empty for an account without keys
 */
public record RegistrationOptions(
    String challenge,
    String rpId,
    String rpName,
    String userId,
    String userName,
    String userDisplayName,
    List<Integer> algorithms,
    List<String> excludeCredentials,
    String userVerification,
    long timeoutMillis,
    Optional<AssertionOptions> existingKey) {}
