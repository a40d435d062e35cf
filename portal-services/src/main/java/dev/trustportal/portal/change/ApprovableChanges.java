package dev.trustportal.portal.change;

import dev.trustportal.portal.approval.Approvable;
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
import dev.trustportal.portal.securitykey.KeyUse;
import dev.trustportal.portal.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Change requests as subjects of approval: owners approve a filed change, the requester only where
 * the policy allows it and while the request is open; the quorum is the policy's number for the
 * type when it was filed; at the quorum the change is queued for publishing.
 */
@ApplicationScoped
class ApprovableChanges implements ApprovalSubjects {

  // Field injection: ChangeService is an EJB, injected through its no-interface view.
  @Inject ChangeService changes;
  @Inject Tenancy tenancy;
  @Inject AuditLog audit;
  @Inject CallerContext caller;

  @Override
  public SubjectKind kind() {
    return SubjectKind.CHANGE;
  }

  @Override
  public List<ChangeType> types() {
    return java.util.Arrays.stream(ChangeType.values()).filter(ChangeType::approvable).toList();
  }

  @Override
  public Approvable find(SubjectRef ref) {
    ChangeDetails change = inOrganisation(ref);
    return approvable(ref, change, tenancy.organisationToWorkIn(change.organisation()));
  }

  @Override
  public Approvable approvable(SubjectRef ref) {
    ChangeDetails change = inOrganisation(ref);
    Organisation org = tenancy.organisationToWorkIn(change.organisation(), MemberRole.OWNER);
    if (change.state() != ChangeState.FILED) {
      throw new ChangeNotPendingException(change.id(), change.state());
    }
    return approvable(ref, change, org);
  }

  @Override
  public Tally count(SubjectRef ref, KeyUse key) {
    ChangeDetails change = inOrganisation(ref);
    audit.record(
        new AuditRecord(
            change.organisation(),
            caller.username(),
            "change.approval_signed",
            change.gun(),
            Outcome.SUCCEEDED,
            "Change "
                + change.id()
                + " (digest sha256:"
                + change.digest()
                + ") approved with"
                + " security key '"
                + key.keyName()
                + "'."));
    ChangeDetails approved = changes.approve(change.id(), key.keyId());
    return new Tally(approved.approvalsGiven(), approved.approvalsNeeded());
  }

  @Override
  public void reject(SubjectRef ref, String reason) {
    changes.reject(inOrganisation(ref).id(), reason);
  }

  private static Approvable approvable(SubjectRef ref, ChangeDetails change, Organisation org) {
    return new Approvable(
        ref,
        Optional.of(org),
        List.of(change.summary()),
        change.digest(),
        new Tally(change.approvalsGiven(), change.approvalsNeeded()),
        Optional.of(new Filing(change.requestedBy(), change.filedAt())));
  }

  /** The change, if it is the organisation's the caller addressed and the caller may see it. */
  private ChangeDetails inOrganisation(SubjectRef ref) {
    ChangeDetails change = changes.find(ref.id());
    if (!ref.addresses(change.organisation())) {
      throw new ChangeNotFoundException(ref.id());
    }
    return change;
  }
}
