package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A security key as its owner sees it; {@code attestationVerified} says whether its registration
 * proved the maker (without it, the model is only what the key claimed); {@code standings} whether
 * it counts for the approvals of each organisation its owner owns.
 */
public record SecurityKeySummary(
    long id,
    String name,
    UUID aaguid,
    Optional<String> model,
    String attestationFormat,
    boolean attestationVerified,
    Instant createdAt,
    Optional<Instant> lastUsedAt,
    boolean possiblyCloned,
    Optional<String> suspendedReason,
    List<KeyStandingSummary> standings,
    Optional<Instant> custodianSince) {

  public SecurityKeySummary {
    standings = List.copyOf(standings);
  }

  /**
   * Whether the key is refused at approvals: possibly cloned, or its model reported compromised.
   */
  public boolean suspended() {
    return possiblyCloned || suspendedReason.isPresent();
  }

  static SecurityKeySummary of(SecurityKey key, List<KeyStandingSummary> standings) {
    return new SecurityKeySummary(
        key.id(),
        key.name(),
        key.aaguid(),
        KnownModels.name(key.aaguid()),
        key.attestationFormat(),
        key.attestationVerified(),
        key.createdAt(),
        key.lastUsedAt(),
        key.possiblyCloned(),
        key.suspendedReason(),
        standings,
        key.custodian().map(CustodianEnrolment::since));
  }
}
