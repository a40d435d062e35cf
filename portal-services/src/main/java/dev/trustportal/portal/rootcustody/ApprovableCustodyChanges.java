package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.approval.Approvable;
import dev.trustportal.portal.approval.ApprovableType;
import dev.trustportal.portal.approval.ApprovalSubjects;
import dev.trustportal.portal.approval.Filing;
import dev.trustportal.portal.approval.SubjectKind;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.approval.Tally;
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
 * Root custody changes as subjects of approval: owners approve them with security keys under the
 * policy as it is (its self-approval and open-period rules, its key requirement, its strictest
 * count); at the quorum the custody switches, if the custodians still allow the threshold.
 */
@ApplicationScoped
class ApprovableCustodyChanges implements ApprovalSubjects {

  // Field injection, as the other subjects.
  @Inject CustodyChanges changes;
  @Inject Custodians custodians;
  @Inject CustodySwitch custodySwitch;
  @Inject Tenancy tenancy;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public SubjectKind kind() {
    return SubjectKind.CUSTODY_CHANGE;
  }

  @Override
  public List<ApprovableType> types() {
    return List.of(); // its quorum is the strictest count of the policy
  }

  @Override
  public Approvable find(SubjectRef ref) {
    CustodyChange change = visible(ref, false);
    return approvable(ref, change, tenancy.organisationToWorkIn(change.organisation()));
  }

  @Override
  public Approvable approvable(SubjectRef ref) {
    CustodyChange change = visible(ref, true);
    Organisation org = tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    requireFiled(change);
    return approvable(ref, change, org);
  }

  @Override
  public Tally count(SubjectRef ref, KeyUse key) {
    CustodyChange change = visible(ref, true);
    Organisation org = tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    changes.storeApproval(change.id(), caller.username(), key.keyId(), clock.instant());
    Tally tally = changes.find(change.id(), false).orElseThrow().tally();
    record(
        change,
        "root_custody.approval_signed",
        "Root custody change "
            + change.id()
            + " (digest sha256:"
            + change.digest()
            + ") approved with security key '"
            + key.keyName()
            + "'; "
            + tally.given()
            + " of "
            + tally.needed()
            + ".");
    if (tally.complete()) {
      int threshold = custodians.validated(org, change.mode(), change.threshold());
      String rotations = custodySwitch.apply(org, change.mode(), threshold, clock.instant());
      changes.decide(change.id(), CustodyChangeState.APPLIED, clock.instant(), null);
      record(
          change,
          "root_custody.switched",
          "Root custody change "
              + change.id()
              + " applied with "
              + tally.needed()
              + " owner approvals: "
              + String.join(" ", change.summary())
              + rotations);
    }
    return tally;
  }

  @Override
  public void reject(SubjectRef ref, String reason) {
    CustodyChange change = visible(ref, true);
    tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    requireFiled(change);
    changes.decide(change.id(), CustodyChangeState.REJECTED, clock.instant(), reason.strip());
    record(
        change,
        "root_custody.change_rejected",
        "Root custody change " + change.id() + " rejected: " + reason.strip());
  }

  private static void requireFiled(CustodyChange change) {
    if (change.state() != CustodyChangeState.FILED) {
      throw new CustodyChangeNotPendingException(change.id(), change.state());
    }
  }

  private void record(CustodyChange change, String action, String detail) {
    audit.record(
        new AuditRecord(
            change.organisation(),
            caller.username(),
            action,
            change.organisation(),
            Outcome.SUCCEEDED,
            detail));
  }

  private static Approvable approvable(SubjectRef ref, CustodyChange change, Organisation org) {
    return new Approvable(
        ref,
        Optional.of(org),
        change.summary(),
        change.digest(),
        change.tally(),
        Optional.of(new Filing(change.requestedBy(), change.filedAt())));
  }

  /**
   * The change, if it is of the organisation the caller addressed and the caller is a member of it.
   */
  private CustodyChange visible(SubjectRef ref, boolean lock) {
    // The addressed organisation first: a non-member is refused (and audited) as on any path of it.
    ref.organisation().ifPresent(org -> tenancy.organisationToWorkIn(org));
    CustodyChange change =
        changes
            .find(ref.id(), lock)
            .filter(c -> ref.addresses(c.organisation()))
            .orElseThrow(() -> new CustodyChangeNotFoundException(ref.id()));
    try {
      tenancy.requireRole(change.organisation());
    } catch (OrganisationNotFoundException notAMember) {
      throw new CustodyChangeNotFoundException(ref.id());
    }
    return change;
  }
}
