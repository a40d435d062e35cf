package dev.trustportal.portal.support;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges a verified repository: roles that expired or expire soon, roles that can no longer meet
 * their threshold, delegations that failed verification, and keys the portal holds that root no
 * longer lists. Pure: the caller fetches, this only looks.
 */
public final class TrustHealth {

  /**
   * How far ahead an expiry is worth a finding: time enough to re-sign before clients refuse the
   * data.
   */
  public static final Duration WARNING_PERIOD = Duration.ofDays(30);

  // Timestamp is left out of the expiry checks: it lives 14 days and notary-server re-signs it
  // itself.
  private static final List<RoleName> SIGNED_BY_KEYS_THAT_LAST =
      List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.SNAPSHOT);
  private static final List<RoleName> TOP_LEVEL =
      List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.SNAPSHOT, RoleName.TIMESTAMP);

  private TrustHealth() {}

  /**
   * @param heldKeys per role, the canonical ID of the key the portal holds (its newest one: older
   *     keys are kept on purpose after a rotation, to sign the transition, and are expected to be
   *     unlisted)
   */
  public static List<HealthFinding> of(
      TrustedRepository repository, Map<RoleName, KeyId> heldKeys, Instant now) {
    List<HealthFinding> findings = new ArrayList<>();
    repository
        .rejected()
        .forEach(
            (role, failure) ->
                findings.add(
                    new HealthFinding(
                        HealthFinding.Kind.VERIFICATION_FAILED,
                        role.value(),
                        failure.getMessage())));
    findings.addAll(thresholds(repository));
    findings.addAll(expiries(repository, now));
    findings.addAll(unlistedKeys(repository.root().signed(), heldKeys));
    return List.copyOf(findings);
  }

  private static List<HealthFinding> thresholds(TrustedRepository repository) {
    Root root = repository.root().signed();
    List<HealthFinding> findings = new ArrayList<>();
    for (RoleName name : TOP_LEVEL) {
      thresholdFinding(name, root.keysOf(name).size(), root.role(name).threshold())
          .ifPresent(findings::add);
    }
    for (DelegatedRole role : repository.delegationRoles()) {
      int keys = new HashSet<>(role.keyIds()).size();
      thresholdFinding(role.name(), keys, role.threshold()).ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<HealthFinding> thresholdFinding(RoleName role, int keys, int threshold) {
    return keys >= threshold
        ? Optional.empty()
        : Optional.of(
            new HealthFinding(
                HealthFinding.Kind.THRESHOLD_UNMET, role.value(), keys + "/" + threshold));
  }

  private static List<HealthFinding> expiries(TrustedRepository repository, Instant now) {
    List<HealthFinding> findings = new ArrayList<>();
    for (RoleName name : SIGNED_BY_KEYS_THAT_LAST) {
      expiry(name, metadataOf(repository, name).signed().expires(), now).ifPresent(findings::add);
    }
    repository
        .delegations()
        .forEach(
            (name, metadata) ->
                expiry(name, metadata.signed().expires(), now).ifPresent(findings::add));
    return findings;
  }

  private static Metadata<?> metadataOf(TrustedRepository repository, RoleName name) {
    return switch (name.value()) {
      case "root" -> repository.root();
      case "snapshot" -> repository.snapshot();
      default -> repository.targets();
    };
  }

  private static Optional<HealthFinding> expiry(RoleName role, Instant expires, Instant now) {
    if (!expires.isAfter(now)) {
      return Optional.of(
          new HealthFinding(HealthFinding.Kind.ROLE_EXPIRED, role.value(), expires.toString()));
    }
    if (expires.isBefore(now.plus(WARNING_PERIOD))) {
      return Optional.of(
          new HealthFinding(HealthFinding.Kind.ROLE_EXPIRING, role.value(), expires.toString()));
    }
    return Optional.empty();
  }

  /** Canonical IDs compared: root.json names a root key by its certificate's ID (facts §6). */
  private static List<HealthFinding> unlistedKeys(Root root, Map<RoleName, KeyId> heldKeys) {
    List<HealthFinding> findings = new ArrayList<>();
    heldKeys.forEach(
        (role, held) -> {
          boolean listed =
              TOP_LEVEL.contains(role)
                  && root.keysOf(role).values().stream()
                      .map(KeyIds::canonical)
                      .anyMatch(held::equals);
          if (!listed) {
            findings.add(
                new HealthFinding(
                    HealthFinding.Kind.HELD_KEY_NOT_LISTED, role.value(), held.value()));
          }
        });
    return findings;
  }
}
