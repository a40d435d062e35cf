package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which security keys the platform accepts: ANY_FIDO2 or YUBIKEY_ONLY with its allowed AAGUIDs, as
 * a platform admin set it, else the deployment's default ({@code portal.webauthn.attestation}). The
 * deployment's testing mode ({@code any-authenticator-testing}) is a switch of test stacks alone:
 * no admin sets or lifts it, and while it is on any authenticator is accepted. Every change is
 * audited in the platform's chain.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class PlatformAttestationService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject WebAuthnConfiguration configuration;
  @Inject PlatformAttestationSettings stored;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * The settings registration checks against now: the deployment's, with the admins' policy
   * applied.
   */
  @PermitAll
  public WebAuthnSettings effectiveSettings() {
    WebAuthnSettings deployment = configuration.settings();
    Optional<PlatformAttestationSetting> setting = stored.find();
    if (deployment.policy() == AttestationPolicy.ANY_AUTHENTICATOR_TESTING || setting.isEmpty()) {
      return deployment;
    }
    Set<UUID> allowed = setting.get().allowedAaguids();
    return deployment
        .withPolicy(setting.get().policy())
        .withAllowedAaguids(allowed.isEmpty() ? deployment.allowedAaguids() : allowed);
  }

  /** Whether keys of any maker are accepted: the banner platform admins see says so. */
  @PermitAll
  public boolean acceptsAnyFido2() {
    return effectiveSettings().policy() != AttestationPolicy.YUBIKEY_ONLY;
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public PlatformAttestationSummary policy() {
    WebAuthnSettings effective = effectiveSettings();
    Optional<PlatformAttestationSetting> setting = stored.find();
    boolean testing = effective.policy() == AttestationPolicy.ANY_AUTHENTICATOR_TESTING;
    AttestationPolicy shown =
        setting
            .map(PlatformAttestationSetting::policy)
            .orElse(testing ? AttestationPolicy.ANY_FIDO2 : effective.policy());
    List<UUID> allowed = effective.allowedAaguids().stream().sorted().toList();
    return new PlatformAttestationSummary(
        shown,
        allowed,
        testing,
        shown == AttestationPolicy.ANY_FIDO2 || testing,
        setting.map(PlatformAttestationSetting::changedBy).orElse(null),
        setting.map(PlatformAttestationSetting::changedAt).orElse(null));
  }

  /**
   * Sets the platform's policy; a null or empty AAGUID list keeps the deployment's allow-list.
   *
   * @throws InvalidAttestationPolicyException for a policy other than ANY_FIDO2 or YUBIKEY_ONLY, or
   *     an AAGUID that is no UUID
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public PlatformAttestationSummary setPolicy(String policy, List<String> aaguids) {
    AttestationPolicy wanted = settable(policy);
    Set<UUID> allowed =
        aaguids == null
            ? Set.of()
            : aaguids.stream()
                .map(PlatformAttestationService::aaguid)
                .collect(Collectors.toUnmodifiableSet());
    Optional<PlatformAttestationSetting> setting = stored.find();
    if (setting.isPresent()) {
      setting.get().change(wanted, allowed, caller.username(), clock.instant());
    } else {
      stored.store(
          new PlatformAttestationSetting(wanted, allowed, caller.username(), clock.instant()));
    }
    audit.record(
        AuditRecord.platform(
            caller.username(),
            "attestation_policy.changed",
            wanted.name(),
            Outcome.SUCCEEDED,
            "Security keys accepted: "
                + wanted
                + (allowed.isEmpty() ? "" : ", models " + allowed.stream().sorted().toList())
                + "."));
    return policy();
  }

  private static AttestationPolicy settable(String policy) {
    try {
      AttestationPolicy parsed =
          AttestationPolicy.valueOf(String.valueOf(policy).strip().toUpperCase(Locale.ROOT));
      if (parsed.settable()) {
        return parsed;
      }
    } catch (IllegalArgumentException unknown) {
      // the same message as a testing policy: neither is for admins to set
    }
    throw InvalidAttestationPolicyException.policy(String.valueOf(policy));
  }

  private static UUID aaguid(String text) {
    try {
      return UUID.fromString(String.valueOf(text).strip());
    } catch (IllegalArgumentException notAUuid) {
      throw InvalidAttestationPolicyException.aaguid(String.valueOf(text));
    }
  }
}
