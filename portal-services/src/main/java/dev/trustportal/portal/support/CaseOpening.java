package dev.trustportal.portal.support;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.approval.ApprovalPolicies;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.TrustDataInvalidException;
import dev.trustportal.portal.repository.OwnerHeldRoots;
import dev.trustportal.portal.repository.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Opening a case, in the caller's transaction: the repository by GUN, its trust data captured, the
 * plan computed, who must approve decided (owners by the organisation's policy, or break-glass when
 * it has no owner), and the opening audited in the organisation's chain.
 */
@ApplicationScoped
class CaseOpening {

  @Inject SupportCases cases;
  @Inject HeldKeys heldKeys;
  @Inject Memberships memberships;
  @Inject ApprovalPolicies policies;
  @Inject CaseCallers callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject TrustPins pins;
  @Inject OwnerHeldRoots ownerHeldRoots;

  SupportCase open(CaseInputs inputs) {
    Gun gun = inputs.gun();
    Repository repository =
        cases
            .repositoryOf(gun.value())
            .orElseThrow(() -> new RepositoryForGunNotFoundException(gun.value()));
    CapturedTrust captured = capture(inputs);
    List<PlanLine> plan = CasePlans.plan(inputs, captured);
    Organisation org = repository.organisation();
    boolean breakGlass = memberships.lockAndCountOwners(org) == 0;
    int others =
        SupportCase.othersNeeded(breakGlass, callers.platformAdmin(), policies.strictest(org));
    SupportCase opened =
        new SupportCase(
            repository,
            inputs,
            callers.username(),
            breakGlass,
            others,
            plan,
            captured,
            clock.instant());
    cases.store(opened);
    audit.record(
        new AuditRecord(
            org.name().value(),
            callers.username(),
            "support.case_opened",
            gun.value(),
            Outcome.SUCCEEDED,
            "Support case "
                + opened.id()
                + " ("
                + inputs.kind()
                + ", ticket "
                + inputs.ticket()
                + "): "
                + inputs.reason()
                + " Needs the agent and "
                + others
                + (breakGlass
                    ? " platform admin(s): the organisation has no owner (break-glass)."
                    : " owner(s).")));
    return opened;
  }

  /**
   * Trust data that does not verify still allows a reset (that is what resets are for), nothing
   * else.
   */
  private CapturedTrust capture(CaseInputs inputs) {
    Gun gun = inputs.gun();
    TrustedRepository trust;
    try {
      trust = pins.readForSupport(gun);
    } catch (TrustDataInvalidException unreadable) {
      if (inputs.kind() == CaseKind.TRUST_RESET) {
        return CapturedTrust.unreadable(unreadable.getMessage());
      }
      throw unreadable;
    }
    if (inputs.kind() != CaseKind.TRUST_RESET && inputs.kind() != CaseKind.SIGNER_KEY_LOSS) {
      requireRootKeyHeld(trust);
    }
    return CapturedTrust.of(trust);
  }

  /**
   * A rotation is signed by a root key the portal holds, or by the custodians' in a root ceremony;
   * a root nobody here holds can only be reset.
   */
  private void requireRootKeyHeld(TrustedRepository trust) {
    String gun = trust.gun().value();
    boolean held =
        trust.root().signed().keysOf(RoleName.ROOT).values().stream()
            .map(KeyIds::canonical)
            .anyMatch(
                key ->
                    !heldKeys.findByKeyId(key).isEmpty()
                        || ownerHeldRoots.holdsRootKey(gun, key.value()));
    if (!held) {
      throw InvalidCaseException.rootKeyNotHeld(trust.gun().value());
    }
  }
}
