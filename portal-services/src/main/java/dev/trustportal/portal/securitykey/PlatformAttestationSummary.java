package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The platform's attestation policy as platform admins see it.
 *
 * @param policy ANY_FIDO2 or YUBIKEY_ONLY: the admins' setting, or the deployment's default while
 *     none
 * @param allowedAaguids the models YUBIKEY_ONLY accepts, sorted
 * @param testingMode whether the deployment runs in testing mode ({@code
 *     any-authenticator-testing}): then any authenticator is accepted, also without attestation,
 *     whatever the policy says
 * @param acceptsAnyFido2 whether the platform accepts keys of any maker (ANY_FIDO2 or testing mode)
 * @param changedBy who set it last; null while the deployment's default holds
 * @param changedAt when; null while the deployment's default holds
 */
public record PlatformAttestationSummary(
    AttestationPolicy policy,
    List<UUID> allowedAaguids,
    boolean testingMode,
    boolean acceptsAnyFido2,
    String changedBy,
    Instant changedAt) {

  public PlatformAttestationSummary {
    allowedAaguids = List.copyOf(allowedAaguids);
  }
}
