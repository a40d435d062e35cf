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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Approving anything approvable with security keys: change requests, support cases, changes of the
 * approval policy that weaken it. A subject's kind says who may approve it, its quorum and what
 * approval does ({@link ApprovalSubjects}); this service applies what holds for all of them: the
 * organisation's self-approval and open-period rules, a challenge bound to the subject's digest, an
 * assertion of a key the organisation counts, and the organisation's policy itself. A subject the
 * caller may not see is not found (404).
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
  @Inject ApprovalPolicyWriter writer;
  @Inject PolicyChanges policyChanges;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A fresh challenge for the caller to approve the subject with a security key. */
  public ApprovalChallenge challenge(SubjectRef ref) {
    Approvable subject = approvable(ref);
    return new ApprovalChallenge(
        ref,
        subject.summary(),
        subject.digest(),
        subject.tally().given(),
        subject.tally().needed(),
        keys.approvalChallenge(binding(subject)));
  }

  /**
   * Counts the caller's approval if the assertion verifies with a key the organisation counts; at
   * the quorum the subject's kind does what approval means, in this transaction.
   */
  public Tally approve(SubjectRef ref, String assertionJson) {
    Approvable subject = approvable(ref);
    // The organisation's key requirement holds for everyone approving on its behalf, support agents
    // included.
    KeyUse key =
        subject
            .organisation()
            .map(
                org ->
                    keys.verifyApproval(
                        binding(subject),
                        org.name().value(),
                        settings.of(org).requiredKeys(),
                        assertionJson))
            .orElseGet(() -> keys.verifyPlatformApproval(binding(subject), assertionJson));
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
   * Changes the organisation's policy; only owners may. Types not named keep their number, and a
   * null flag, period or key requirement keeps its value. What tightens the policy applies at once;
   * what weakens it is filed as a policy change that needs the approvals of the policy as it is
   * (its strictest count) with security keys, unless that asks none. Checked after the caller's
   * role, so that a non-member learns nothing.
   */
  public PolicyDecision setPolicy(
      String organisation,
      Map<String, Integer> approvals,
      Boolean selfApproval,
      Integer openHours,
      String requiredKeys) {
    Organisation org = tenancy.organisationToWorkIn(organisation, MemberRole.OWNER);
    ApprovalPolicy current = policies.policy(org);
    Map<String, Integer> numbers = checked(org, approvals);
    // Validates the open period before anything is written.
    new ApprovalPolicy(
        Map.of(),
        false,
        openHours == null ? current.openHours() : openHours,
        current.requiredKeys());
    PolicyDelta delta =
        PolicyDelta.between(
            current,
            numbers,
            selfApproval,
            openHours,
            requiredKeys == null ? null : RequiredKeys.parse(requiredKeys));
    writer.setApprovals(org, delta.raised());
    writer.setSettings(org, delta.settingsNow());
    Optional<PolicyChange> filed = Optional.empty();
    if (!delta.proposal().isEmpty() && current.strictest() == 0) {
      writer.apply(
          org,
          delta.proposal()); // onboarding: a policy that asks no approvals asks none for itself
    } else if (!delta.proposal().isEmpty()) {
      filed = Optional.of(file(org, delta.proposal(), current.strictest()));
    }
    return new PolicyDecision(policy(organisation), filed);
  }

  /** The organisation's policy changes waiting for approval, oldest first; members see them. */
  public List<PolicyChange> pendingPolicyChanges(String organisation) {
    return policyChanges.pending(tenancy.organisationToWorkIn(organisation));
  }

  /**
   * @throws PolicyChangeNotFoundException unless it is the organisation's and the caller a member
   */
  public PolicyChange policyChange(String organisation, long id) {
    SubjectRef ref = SubjectRef.policyChange(organisation, id);
    of(ref).find(ref);
    return policyChanges.find(id, false).orElseThrow(() -> new PolicyChangeNotFoundException(id));
  }

  private PolicyChange file(Organisation org, PolicyProposal proposal, int needed) {
    Instant now = clock.instant();
    String digest = proposal.digest(org.name().value(), caller.username(), now);
    long id = policyChanges.file(org, caller.username(), now, proposal, digest, needed);
    audit.record(
        new AuditRecord(
            org.name().value(),
            caller.username(),
            "approval_policy.change_filed",
            org.name().value(),
            Outcome.SUCCEEDED,
            "Policy change "
                + id
                + " (digest sha256:"
                + digest
                + "): "
                + String.join(" ", proposal.english())
                + " Needs "
                + needed
                + " owner approvals with security keys."));
    return policyChanges.find(id, false).orElseThrow();
  }

  /**
   * The requested numbers by type name, each one the type allows; restated numbers are left out.
   */
  private Map<String, Integer> checked(Organisation org, Map<String, Integer> approvals) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    approvals.forEach(
        (name, n) -> {
          ApprovableType type = policies.type(String.valueOf(name));
          int wanted = n == null ? 0 : n;
          // Restating a number changes nothing. Root-key operations need at least one owner once
          // set; their
          // unset default of 0 (initialise at once, as before approvals existed) stays valid until
          // raised.
          if (wanted != policies.approvalsNeeded(org, type)) {
            if (wanted < type.minimumApprovals()) {
              throw new InvalidApprovalsException(type, wanted);
            }
            numbers.put(type.name(), wanted);
          }
        });
    return numbers;
  }

  /** The subject, if the caller may approve it now and the organisation's rules let them. */
  private Approvable approvable(SubjectRef ref) {
    Approvable subject = of(ref).approvable(ref);
    subject
        .filing()
        .flatMap(
            filing ->
                subject
                    .organisation()
                    .flatMap(
                        org ->
                            filing.refusal(
                                ref, settings.of(org), caller.username(), clock.instant())))
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    return subject;
  }

  private static ApprovalBinding binding(Approvable subject) {
    SubjectKind kind = subject.ref().kind();
    return new ApprovalBinding(
        kind.purpose(),
        subject.ref().id(),
        subject.digest(),
        "approving " + kind.noun().toLowerCase(Locale.ROOT) + " " + subject.ref().id());
  }

  private ApprovalSubjects of(SubjectRef ref) {
    return subjects.stream().filter(s -> s.kind() == ref.kind()).findFirst().orElseThrow();
  }
}
