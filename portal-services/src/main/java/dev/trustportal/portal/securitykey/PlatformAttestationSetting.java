package dev.trustportal.portal.securitykey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The attestation policy a platform admin set (one row, V14); it overrides the deployment's default
 * ({@code portal.webauthn.attestation}). An empty AAGUID list keeps the deployment's allow-list.
 */
@Entity
@Table(name = "platform_attestation_policy")
public class PlatformAttestationSetting {

  private static final short THE_ONE = 1;

  @Id
  @Column(name = "id")
  private short id = THE_ONE;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy", nullable = false)
  private AttestationPolicy policy;

  @Column(name = "allowed_aaguids", nullable = false)
  private String allowedAaguids;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PlatformAttestationSetting() {
    // for JPA
  }

  public PlatformAttestationSetting(
      AttestationPolicy policy, Set<UUID> aaguids, String changedBy, Instant at) {
    change(policy, aaguids, changedBy, at);
  }

  /** Replaces the policy and the allow-list. */
  public void change(AttestationPolicy policy, Set<UUID> aaguids, String changedBy, Instant at) {
    if (!policy.settable()) {
      throw new IllegalArgumentException(
          policy + " is the deployment's testing switch, not a platform setting");
    }
    this.policy = policy;
    this.allowedAaguids =
        new TreeSet<>(aaguids).stream().map(UUID::toString).collect(Collectors.joining(","));
    this.changedBy = Objects.requireNonNull(changedBy);
    this.changedAt = Objects.requireNonNull(at);
  }

  public AttestationPolicy policy() {
    return policy;
  }

  public Set<UUID> allowedAaguids() {
    return Arrays.stream(allowedAaguids.split(","))
        .filter(s -> !s.isBlank())
        .map(UUID::fromString)
        .collect(Collectors.toUnmodifiableSet());
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
