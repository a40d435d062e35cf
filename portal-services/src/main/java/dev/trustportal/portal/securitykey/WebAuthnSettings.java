package dev.trustportal.portal.securitykey;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * How the portal runs WebAuthn ceremonies: its relying-party ID, the origins browsers show it
 * under, the attestation policy with its roots and AAGUID allow-list, and whether user verification
 * (PIN or biometrics) is required.
 */
public record WebAuthnSettings(
    String rpId,
    Set<String> origins,
    AttestationPolicy policy,
    List<X509Certificate> roots,
    Set<UUID> allowedAaguids,
    boolean userVerificationRequired) {

  /** Challenges expire after 5 minutes: long enough to find the key, short enough not to linger. */
  public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

  public WebAuthnSettings {
    Objects.requireNonNull(rpId, "rpId");
    origins = Set.copyOf(origins);
    Objects.requireNonNull(policy, "policy");
    roots = List.copyOf(roots);
    allowedAaguids = Set.copyOf(allowedAaguids);
    if (policy.needsTrustedChain() && roots.isEmpty()) {
      throw new IllegalArgumentException(
          "The " + policy + " attestation policy needs at least one root certificate.");
    }
  }

  public WebAuthnSettings withPolicy(AttestationPolicy other) {
    return new WebAuthnSettings(
        rpId, origins, other, roots, allowedAaguids, userVerificationRequired);
  }

  public WebAuthnSettings withAllowedAaguids(Set<UUID> other) {
    return new WebAuthnSettings(rpId, origins, policy, roots, other, userVerificationRequired);
  }
}
