package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.SecurityKeySummary;
import java.time.Instant;
import java.util.List;

/**
 * A security key as the API shows it; {@code model} is null for an AAGUID the portal does not know,
 * {@code lastUsedAt} null until the key approves something; {@code attestationVerified} false when
 * nothing proved the maker (the testing policy), so that an organisation asking for YubiKeys does
 * not count it. {@code suspended} when approvals with it are refused: {@code possiblyCloned} (its
 * counter went backwards) or {@code suspendedReason} (its model is reported compromised by the FIDO
 * metadata). {@code organisations}: for each organisation its owner owns, whether the key counts
 * for its approvals yet.
 */
public record SecurityKeyJson(
    long id,
    String name,
    String aaguid,
    String model,
    String attestationFormat,
    boolean attestationVerified,
    Instant createdAt,
    Instant lastUsedAt,
    boolean possiblyCloned,
    boolean suspended,
    String suspendedReason,
    List<KeyStandingJson> organisations) {

  static SecurityKeyJson of(SecurityKeySummary k) {
    return new SecurityKeyJson(
        k.id(),
        k.name(),
        k.aaguid().toString(),
        k.model().orElse(null),
        k.attestationFormat(),
        k.attestationVerified(),
        k.createdAt(),
        k.lastUsedAt().orElse(null),
        k.possiblyCloned(),
        k.suspended(),
        k.suspendedReason().orElse(null),
        k.standings().stream().map(KeyStandingJson::of).toList());
  }
}
