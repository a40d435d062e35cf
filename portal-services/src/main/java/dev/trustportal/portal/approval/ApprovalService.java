package dev.trustportal.portal.approval;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.securitykey.ApprovalBinding;
import dev.trustportal.portal.securitykey.KeyUse;
import dev.trustportal.portal.securitykey.RequiredKeys;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Approving anything approvable with security keys: change requests, support cases. A subject's kind
 * says who may approve it, its quorum and what approval does ({@link ApprovalSubjects}); this service
 * applies what holds for all of them: the organisation's self-approval and open-period rules, a
 * challenge bound to the subject's digest, an assertion of a key the organisation counts, and the
 * organisation's policy itself. A subject the caller may not see is not found (404).
 */
@Stateless
@PermitAll
public class ApprovalService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject @Any Instance<ApprovalSubjects> subjects;
  @Inject ApprovalPolicies policies;
  @Inject SecurityKeyService keys;
  @Inject Tenancy tenancy;
  @Inject ApprovalSettingsStore settings;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A fresh challenge for the caller to approve the subject with a security key. */
  public ApprovalChallenge challenge(SubjectRef ref) {
    Approvable subject = approvable(ref);
    return new ApprovalChallenge(ref, subject.summary(), subject.digest(), subject.tally().given(),
        subject.tally().needed(), keys.approvalChallenge(binding(subject)));
  }

  /**
   * Counts the caller's approval if the assertion verifies with a key the organisation counts; at the
   * quorum the subject's kind does what approval means, in this transaction.
   */
  public Tally approve(SubjectRef ref, String assertionJson) {
    Approvable subject = approvable(ref);
    // The organisation's key requirement holds for everyone approving on its behalf, support agents included.
    KeyUse key = keys.verifyApproval(binding(subject), subject.organisation().name().value(),
        settings.of(subject.organisation()).requiredKeys(), assertionJson);
    return of(ref).count(ref, key);
  }

  /** The caller turns the subject down with a reason. */
  public void reject(SubjectRef ref, String reason) {
    of(ref).find(ref);
    if (reason == null || reason.isBlank()) {
      throw new MissingReasonException();
    }
    of(ref).reject(ref, reason);
  }

  public ApprovalPolicy policy(String organisation) {
    return policies.policy(tenancy.organisationToWorkIn(organisation));
  }

  /** Which security keys count for approvals in the organisation (of every kind of subject). */
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
    Map<ApprovableType, Integer> numbers = new LinkedHashMap<>();
    approvals.forEach((name, n) -> numbers.put(policies.type(String.valueOf(name)), n == null ? 0 : n));
    ApprovalSettings current = settings.of(org);
    ApprovalSettings wanted = new ApprovalPolicy(Map.of(), selfApproval == null ? current.selfApproval() : selfApproval,
        openHours == null ? current.openHours() : openHours,
        requiredKeys == null ? current.requiredKeys() : RequiredKeys.parse(requiredKeys)).settings();
    numbers.forEach((type, n) -> setApprovals(org, type, n));
    settings.store(org, wanted);
    audit.record(new AuditRecord(organisation, caller.username(), "approval_policy.changed", organisation,
        Outcome.SUCCEEDED, "Self-approval " + (wanted.selfApproval() ? "allowed" : "not allowed") + "; requests open"
            + " for " + wanted.openHours() + " hours; keys counted: " + wanted.requiredKeys() + "."));
    return policy(organisation);
  }

  private void setApprovals(Organisation org, ApprovableType type, int approvals) {
    if (approvals == policies.approvalsNeeded(org, type)) {
      return; // restating a number changes nothing, and records nothing
    }
    // Root-key operations need at least one owner once set; their unset default of 0 (initialise at once,
    // as before approvals existed) stays valid until an owner raises it.
    if (approvals < type.minimumApprovals()) {
      throw new InvalidApprovalsException(type, approvals);
    }
    settings.storeApprovals(org, type.name(), approvals);
    audit.record(new AuditRecord(org.name().value(), caller.username(), "approval_policy.changed", type.name(),
        Outcome.SUCCEEDED, type.name() + " changes need " + approvals + " owner approvals."));
  }

  /** The subject, if the caller may approve it now and the organisation's rules let them. */
  private Approvable approvable(SubjectRef ref) {
    Approvable subject = of(ref).approvable(ref);
    subject.filing().ifPresent(filing -> {
      ApprovalSettings rules = settings.of(subject.organisation());
      if (!rules.selfApproval() && filing.requestedBy().equals(caller.username())) {
        throw new SelfApprovalException(ref);
      }
      Instant closes = filing.filedAt().plus(Duration.ofHours(rules.openHours()));
      if (clock.instant().isAfter(closes)) {
        throw new ApprovalPeriodOverException(ref, closes);
      }
    });
    return subject;
  }

  private static ApprovalBinding binding(Approvable subject) {
    SubjectKind kind = subject.ref().kind();
    return new ApprovalBinding(kind.purpose(), subject.ref().id(), subject.digest(),
        "approving " + kind.noun().toLowerCase(Locale.ROOT) + " " + subject.ref().id());
  }

  private ApprovalSubjects of(SubjectRef ref) {
    return subjects.stream().filter(s -> s.kind() == ref.kind()).findFirst().orElseThrow();
  }
}
