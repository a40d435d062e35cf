package dev.trustportal.portal.approval;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.change.ChangeNotFoundException;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.change.ChangeView;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.securitykey.KeyUse;
import dev.trustportal.portal.securitykey.RequiredKeys;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Owners approve and reject an organisation's changes of trust; an approval counts only with an
 * assertion of the owner's security key over the change's digest. Every call names the organisation:
 * a change of another organisation, or of one the caller does not belong to, is not found (404).
 */
@Stateless
@PermitAll
public class ApprovalService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject ChangeService changes;
  @Inject SecurityKeyService keys;
  @Inject Tenancy tenancy;
  @Inject ApprovalSettingsStore settings;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A fresh challenge for the caller (an owner) to approve the change with a security key. */
  public ApprovalChallenge challenge(String organisation, long id) {
    ChangeView change = approvable(organisation, id);
    return new ApprovalChallenge(id, change.summary(), change.digest(), change.approvalsGiven(),
        change.approvalsNeeded(), keys.approvalChallenge(id, change.digest()));
  }

  /**
   * Counts the caller's approval if the assertion verifies; at the quorum the change is queued for
   * publishing in this transaction.
   */
  public ChangeView approve(String organisation, long id, String assertionJson) {
    ChangeView change = approvable(organisation, id);
    RequiredKeys required = requiredKeys(organisation);
    KeyUse key = keys.verifyApproval(organisation, required, id, change.digest(), assertionJson);
    audit.record(new AuditRecord(organisation, caller.username(), "change.approval_signed", change.gun(),
        Outcome.SUCCEEDED, "Change " + id + " (digest sha256:" + change.digest() + ") approved with security key '"
            + key.keyName() + "'."));
    return changes.approve(id, key.keyId());
  }

  /** The caller (an owner) rejects a pending change with a reason. */
  public ChangeView reject(String organisation, long id, String reason) {
    inOrganisation(organisation, id);
    if (reason == null || reason.isBlank()) {
      throw new MissingReasonException();
    }
    return changes.reject(id, reason);
  }

  public ApprovalPolicy policy(String organisation) {
    Organisation org = tenancy.organisationToWorkIn(organisation);
    ApprovalSettings stored = settings.of(org);
    return new ApprovalPolicy(changes.approvalPolicy(organisation), stored.selfApproval(), stored.openHours(),
        stored.requiredKeys());
  }

  /** Which security keys count for approvals in the organisation (changes and support cases alike). */
  public RequiredKeys requiredKeys(String organisation) {
    return settings.of(tenancy.organisationToWorkIn(organisation)).requiredKeys();
  }

  /**
   * Changes the organisation's policy; only owners may. Types not named keep their number, and a null
   * flag, period or key requirement keeps its value. Checked after the caller's role, so that a non-member
   * learns nothing.
   */
  public ApprovalPolicy setPolicy(String organisation, Map<String, Integer> approvals, Boolean selfApproval,
      Integer openHours, String requiredKeys) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    ApprovalSettings current = settings.of(org);
    ApprovalPolicy wanted = new ApprovalPolicy(types(approvals),
        selfApproval == null ? current.selfApproval() : selfApproval,
        openHours == null ? current.openHours() : openHours,
        requiredKeys == null ? current.requiredKeys() : RequiredKeys.parse(requiredKeys));
    for (Map.Entry<ChangeType, Integer> entry : wanted.approvals().entrySet()) {
      changes.setApprovalPolicy(organisation, entry.getKey(), entry.getValue());
    }
    settings.store(org, new ApprovalSettings(wanted.selfApproval(), wanted.openHours(), wanted.requiredKeys()));
    audit.record(new AuditRecord(organisation, caller.username(), "approval_policy.changed", organisation,
        Outcome.SUCCEEDED, "Self-approval " + (wanted.selfApproval() ? "allowed" : "not allowed") + "; requests open"
            + " for " + wanted.openHours() + " hours; keys counted: " + wanted.requiredKeys() + "."));
    return policy(organisation);
  }

  private static Map<ChangeType, Integer> types(Map<String, Integer> approvals) {
    Map<ChangeType, Integer> typed = new EnumMap<>(ChangeType.class);
    approvals.forEach((name, n) -> {
      try {
        typed.put(ChangeType.valueOf(String.valueOf(name)), n == null ? 0 : n);
      } catch (IllegalArgumentException unknown) {
        throw new InvalidChangeTypeException(name);
      }
    });
    return typed;
  }

  private ChangeView approvable(String organisation, long id) {
    ChangeView change = inOrganisation(organisation, id);
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    ApprovalRules.refusal(change, settings.of(org), caller.username(), clock.instant()).ifPresent(refusal -> {
      throw refusal;
    });
    return change;
  }

  private ChangeView inOrganisation(String organisation, long id) {
    ChangeView change = changes.find(id);
    if (!change.organisation().equals(organisation)) {
      throw new ChangeNotFoundException(id);
    }
    return change;
  }
}
