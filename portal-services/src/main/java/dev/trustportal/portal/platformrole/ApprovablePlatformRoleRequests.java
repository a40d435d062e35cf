package dev.trustportal.portal.platformrole;

import dev.trustportal.portal.approval.Approvable;
import dev.trustportal.portal.approval.ApprovableType;
import dev.trustportal.portal.approval.ApprovalSubjects;
import dev.trustportal.portal.approval.SubjectKind;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.approval.Tally;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.AccountNotFoundException;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.PlatformRoleGranting;
import dev.trustportal.portal.identity.PlatformRoleRequest;
import dev.trustportal.portal.identity.PlatformRoleRequests;
import dev.trustportal.portal.securitykey.KeyUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Platform role requests as subjects of approval: one platform admin other than the one who asked
 * and the account that would get the role approves with a security key, and the role is given. Only
 * platform admins see them; to anyone else a request is not found. Every step is in the platform's
 * audit chain.
 */
@ApplicationScoped
class ApprovablePlatformRoleRequests implements ApprovalSubjects {

  // Field injection, as the other subjects.
  @Inject PlatformRoleRequests requests;
  @Inject PlatformRoleGranting granting;
  @Inject Accounts accounts;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public SubjectKind kind() {
    return SubjectKind.PLATFORM_ROLE_GRANT;
  }

  @Override
  public List<ApprovableType> types() {
    return List.of(); // one other platform admin, whatever any organisation's policy says
  }

  @Override
  public Approvable find(SubjectRef ref) {
    return approvable(ref, visible(ref.id(), false));
  }

  @Override
  public Approvable approvable(SubjectRef ref) {
    PlatformRoleRequest request = pending(visible(ref.id(), true));
    String me = caller.username();
    if (me.equals(request.requestedBy()) || me.equals(request.username())) {
      throw new OwnRoleRequestException(request.id(), request.username());
    }
    return approvable(ref, request);
  }

  @Override
  public Tally count(SubjectRef ref, KeyUse key) {
    PlatformRoleRequest request = pending(visible(ref.id(), true));
    String me = caller.username();
    requests.decide(
        request.id(), PlatformRoleRequest.State.GRANTED, me, clock.instant(), key.keyId(), null);
    audit.record(
        AuditRecord.platform(
            me,
            "platform_role.grant_approved",
            request.username(),
            Outcome.SUCCEEDED,
            "Platform role request "
                + request.id()
                + " (digest sha256:"
                + request.digest()
                + ") approved with security"
                + " key '"
                + key.keyName()
                + "': "
                + request.summary()));
    Account account =
        accounts
            .find(request.username())
            .orElseThrow(() -> new AccountNotFoundException(request.username()));
    granting.give(
        account,
        request.role(),
        me,
        "asked by "
            + request.requestedBy()
            + " in request "
            + request.id()
            + ", approved by "
            + me
            + " with a security key");
    return new Tally(1, 1);
  }

  @Override
  public void reject(SubjectRef ref, String reason) {
    PlatformRoleRequest request = pending(visible(ref.id(), true));
    requests.decide(
        request.id(),
        PlatformRoleRequest.State.REJECTED,
        caller.username(),
        clock.instant(),
        null,
        reason.strip());
    audit.record(
        AuditRecord.platform(
            caller.username(),
            "platform_role.grant_rejected",
            request.username(),
            Outcome.SUCCEEDED,
            "Platform role request " + request.id() + " rejected: " + reason.strip()));
  }

  private static Approvable approvable(SubjectRef ref, PlatformRoleRequest request) {
    return new Approvable(
        ref,
        Optional.empty(),
        List.of(request.summary()),
        request.digest(),
        new Tally(request.state() == PlatformRoleRequest.State.GRANTED ? 1 : 0, 1),
        Optional.empty());
  }

  private static PlatformRoleRequest pending(PlatformRoleRequest request) {
    if (request.state() != PlatformRoleRequest.State.FILED) {
      throw new PlatformRoleRequestNotPendingException(request.id(), request.state());
    }
    return request;
  }

  /**
   * The request, if the caller is a platform admin (by the account's roles now, not the session's).
   */
  private PlatformRoleRequest visible(long id, boolean lock) {
    boolean admin =
        accounts
            .find(caller.username())
            .filter(a -> !a.isDisabled())
            .map(a -> a.roles().contains(Roles.PLATFORM_ADMIN))
            .orElse(false);
    if (!admin) {
      throw new PlatformRoleRequestNotFoundException(id);
    }
    return requests.find(id, lock).orElseThrow(() -> new PlatformRoleRequestNotFoundException(id));
  }
}
