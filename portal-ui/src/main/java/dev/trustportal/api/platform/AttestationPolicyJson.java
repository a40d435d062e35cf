package dev.trustportal.api.platform;

import dev.trustportal.portal.securitykey.PlatformAttestationSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The platform's attestation policy: {@code policy} ANY_FIDO2 or YUBIKEY_ONLY and the AAGUIDs
 * YUBIKEY_ONLY allows. Read-only: {@code testingMode} (the deployment accepts any authenticator,
 * whatever the policy), {@code acceptsAnyFido2}, {@code changedBy}, {@code changedAt}.
 */
public record AttestationPolicyJson(
    String policy,
    List<String> allowedAaguids,
    Boolean testingMode,
    Boolean acceptsAnyFido2,
    String changedBy,
    Instant changedAt) {

  static AttestationPolicyJson of(PlatformAttestationSummary view) {
    return new AttestationPolicyJson(
        view.policy().name(),
        view.allowedAaguids().stream().map(UUID::toString).toList(),
        view.testingMode(),
        view.acceptsAnyFido2(),
        view.changedBy(),
        view.changedAt());
  }
}
