package dev.trustportal.portal.approval;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.securitykey.KeyUse;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Weakening changes of an organisation's approval policy as subjects of approval: owners approve
 * them under the policy they would change (its self-approval and open-period rules, its key
 * requirement, and as many owners as its strictest count); at the quorum the change applies.
 */
@ApplicationScoped
class ApprovablePolicyChanges implements ApprovalSubjects {

  // Field injection, as the other beans of the feature.
  @Inject PolicyChanges changes;
  @Inject ApprovalPolicyWriter writer;
  @Inject Tenancy tenancy;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public SubjectKind kind() {
    return SubjectKind.POLICY_CHANGE;
  }

  @Override
  public List<ApprovableType> types() {
    return List.of(); // its quorum is the strictest count of the policy it changes
  }

  @Override
  public Approvable find(SubjectRef ref) {
    PolicyChange change = visible(ref, false);
    return approvable(ref, change, tenancy.organisationToWorkIn(change.organisation()));
  }

  @Override
  public Approvable approvable(SubjectRef ref) {
    PolicyChange change = visible(ref, true);
    Organisation org = tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    if (change.state() != PolicyChangeState.FILED) {
      throw new PolicyChangeNotPendingException(change.id(), change.state());
    }
    return approvable(ref, change, org);
  }

  @Override
  public Tally count(SubjectRef ref, KeyUse key) {
    PolicyChange change = visible(ref, true);
    Organisation org = tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    changes.storeApproval(change.id(), caller.username(), key.keyId(), clock.instant());
    Tally tally = changes.find(change.id(), false).orElseThrow().tally();
    audit.record(
        new AuditRecord(
            change.organisation(),
            caller.username(),
            "approval_policy.approval_signed",
            change.organisation(),
            Outcome.SUCCEEDED,
            "Policy change "
                + change.id()
                + " (digest sha256:"
                + change.digest()
                + ") approved with security key '"
                + key.keyName()
                + "'; "
                + tally.given()
                + " of "
                + tally.needed()
                + "."));
    if (tally.complete()) {
      writer.apply(org, change.proposal());
      changes.decide(change.id(), PolicyChangeState.APPLIED, clock.instant(), null);
      audit.record(
          new AuditRecord(
              change.organisation(),
              caller.username(),
              "approval_policy.change_applied",
              change.organisation(),
              Outcome.SUCCEEDED,
              "Policy change "
                  + change.id()
                  + " applied with "
                  + tally.needed()
                  + " owner approvals: "
                  + String.join(" ", change.proposal().english())));
    }
    return tally;
  }

  @Override
  public void reject(SubjectRef ref, String reason) {
    PolicyChange change = visible(ref, true);
    tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    if (change.state() != PolicyChangeState.FILED) {
      throw new PolicyChangeNotPendingException(change.id(), change.state());
    }
    changes.decide(change.id(), PolicyChangeState.REJECTED, clock.instant(), reason.strip());
    audit.record(
        new AuditRecord(
            change.organisation(),
            caller.username(),
            "approval_policy.change_rejected",
            change.organisation(),
            Outcome.SUCCEEDED,
            "Policy change " + change.id() + " rejected: " + reason.strip()));
  }

  private static Approvable approvable(SubjectRef ref, PolicyChange change, Organisation org) {
    return new Approvable(
        ref,
        Optional.of(org),
        change.proposal().english(),
        change.digest(),
        change.tally(),
        Optional.of(new Filing(change.requestedBy(), change.filedAt())));
  }

  /**
   * The change, if it is of the organisation the caller addressed and the caller is a member of it.
   * The addressed organisation is checked first: whoever may not see it learns nothing of its IDs,
   * and the refusal is audited in its chain whether or not the ID exists.
   */
  private PolicyChange visible(SubjectRef ref, boolean lock) {
    ref.organisation().ifPresent(organisation -> requireMember(ref, organisation));
    PolicyChange change =
        changes
            .find(ref.id(), lock)
            .filter(c -> ref.addresses(c.organisation()))
            .orElseThrow(() -> new PolicyChangeNotFoundException(ref.id()));
    requireMember(ref, change.organisation());
    return change;
  }

  private void requireMember(SubjectRef ref, String organisation) {
    try {
      tenancy.requireRole(organisation);
    } catch (OrganisationNotFoundException notAMember) {
      throw new PolicyChangeNotFoundException(ref.id());
    }
  }
}
