package dev.trustportal.portal.membership;

import static dev.trustportal.portal.membership.MemberRole.ADMIN;
import static dev.trustportal.portal.membership.MemberRole.OWNER;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Use cases on the members of an organisation. Every one starts with the tenancy check: members see
 * the member list, owners and admins change it, and only owners grant, change or take away the
 * owner role. Every change is an event of the organisation's audit chain, recorded in the change's
 * transaction.
 */
@Stateless
@PermitAll
public class MembershipService {

  private static final int SUGGESTIONS = 10;

  static final String ADDED = "member.added";
  static final String ROLE_CHANGED = "member.role-changed";
  static final String REMOVED = "member.removed";

  // Field injection: EJBs need a no-argument constructor.
  @Inject TenantGuard tenancy;
  @Inject Organisations organisations;
  @Inject Memberships memberships;
  @Inject Accounts accounts;
  @Inject CallerContext caller;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject CustodianLosses custodianLosses;

  /**
   * Makes an existing account a member.
   *
   * @throws NoAccountToAddException if there is no such account, or it cannot be added (a disabled
   *     one): both are answered alike, so that the answers tell no one which usernames exist
   * @throws AlreadyMemberException if the account is a member already
   */
  public MemberSummary addMember(String organisation, AddMember command) {
    MemberRole role = Objects.requireNonNull(command.role(), "role");
    CallerAccess access = tenancy.requireRole(organisation, OWNER, ADMIN);
    requireOwnerFor(access, role);
    Organisation org = organisation(organisation);
    String username = command.username() == null ? "" : command.username().strip();
    if (accounts.find(username).filter(account -> !account.isDisabled()).isEmpty()) {
      throw new NoAccountToAddException(username);
    }
    if (memberships.find(org, username).isPresent()) {
      throw new AlreadyMemberException(organisation, username);
    }
    Membership membership = new Membership(org, username, role, clock.instant());
    memberships.store(membership);
    audit.record(
        event(
            access,
            ADDED,
            username,
            Outcome.SUCCEEDED,
            "'" + username + "' added as " + role + "."));
    return MemberSummary.of(membership);
  }

  /**
   * Takes a member out of the organisation.
   *
   * @param custodianLossAcknowledged the caller accepts that fewer custodians than the threshold of
   *     OWNERS custody remain (the members page warned them)
   * @throws MemberNotFoundException if the person is not a member
   * @throws LastOwnerException if the person is the last owner
   * @throws CustodianLossNotAcknowledgedException if the person is a custodian, fewer than the
   *     threshold would remain, and the caller did not acknowledge it
   */
  public void removeMember(
      String organisation, String username, boolean custodianLossAcknowledged) {
    CallerAccess access = tenancy.requireRole(organisation, OWNER, ADMIN);
    Organisation org = organisation(organisation);
    long owners = memberships.lockAndCountOwners(org);
    Membership membership = member(org, username);
    requireOwnerFor(access, membership.role());
    String was = "'" + username + "' (" + membership.role() + ")";
    try {
      membership.requireRemovable(owners);
    } catch (LastOwnerException refused) {
      audit.recordIndependently(
          event(access, REMOVED, username, Outcome.FAILED, refused.getMessage()));
      throw refused;
    }
    String cost =
        membership.role() == OWNER
            ? custodianCost(
                access,
                REMOVED,
                org,
                username,
                custodianLossAcknowledged,
                LastOwnerException.Change.REMOVE)
            : "";
    memberships.remove(membership);
    audit.record(event(access, REMOVED, username, Outcome.SUCCEEDED, was + " removed." + cost));
  }

  /**
   * Gives a member another role.
   *
   * @throws MemberNotFoundException if the person is not a member
   * @throws LastOwnerException if this would demote the last owner
   * @throws CustodianLossNotAcknowledgedException if this demotes a custodian, fewer than the
   *     threshold would remain, and the caller did not acknowledge it
   */
  public MemberSummary changeRole(
      String organisation, String username, MemberRole role, boolean custodianLossAcknowledged) {
    Objects.requireNonNull(role, "role");
    CallerAccess access = tenancy.requireRole(organisation, OWNER, ADMIN);
    Organisation org = organisation(organisation);
    long owners = memberships.lockAndCountOwners(org);
    Membership membership = member(org, username);
    requireOwnerFor(access, membership.role());
    requireOwnerFor(access, role);
    MemberRole was = membership.role();
    // Asked before the change: once flushed, the member is no owner and so no custodian any more.
    String cost =
        was == OWNER && role != OWNER
            ? custodianCost(
                access,
                ROLE_CHANGED,
                org,
                username,
                custodianLossAcknowledged,
                LastOwnerException.Change.DEMOTE)
            : "";
    try {
      membership.changeRole(role, owners);
    } catch (LastOwnerException refused) {
      audit.recordIndependently(
          event(access, ROLE_CHANGED, username, Outcome.FAILED, refused.getMessage()));
      throw refused;
    }
    audit.record(
        event(
            access,
            ROLE_CHANGED,
            username,
            Outcome.SUCCEEDED,
            "Role of '" + username + "' changed from " + was + " to " + role + "." + cost));
    return MemberSummary.of(membership);
  }

  /** The members, for any member of the organisation. */
  public Page<MemberSummary> members(String organisation, PageRequest request) {
    tenancy.requireRole(organisation);
    Organisation org = organisation(organisation);
    var items = memberships.page(org, request).stream().map(MemberSummary::of).toList();
    return new Page<>(items, request.page(), request.size(), memberships.count(org));
  }

  /**
   * The roles the caller may give a member who holds {@code current}, for a role select: none for
   * one who manages no members or may not touch this one. The use cases check again on every
   * change.
   */
  public List<MemberRole> assignableRoles(String organisation, MemberRole current) {
    return assignable(tenancy.requireRole(organisation).role(), current);
  }

  /**
   * Owners give any role; admins any but owner, and leave owners alone; others manage no members.
   */
  static List<MemberRole> assignable(MemberRole caller, MemberRole current) {
    return switch (caller) {
      case OWNER -> List.of(MemberRole.values());
      case ADMIN ->
          current == OWNER ? List.of() : List.of(ADMIN, MemberRole.SIGNER, MemberRole.VIEWER);
      default -> List.of();
    };
  }

  /**
   * Usernames to offer while an owner or admin types whom to add: people who share an organisation
   * with the caller and are not members here yet, starting with what was typed. Nobody else is
   * suggested, so the lookup reveals no account the caller does not already see in a members list.
   */
  public List<String> suggestions(String organisation, String typed) {
    tenancy.requireRole(organisation, OWNER, ADMIN);
    String prefix = typed == null ? "" : typed.strip();
    return memberships.colleaguesNotIn(
        caller.username(), organisation(organisation), prefix, SUGGESTIONS);
  }

  /** Granting or touching the owner role is for owners: admins must not promote themselves. */
  private void requireOwnerFor(CallerAccess access, MemberRole touched) {
    if (touched == OWNER) {
      tenancy.requireRole(access, OWNER);
    }
  }

  /**
   * Refuses an owner's departure that leaves fewer custodians than the threshold, unless
   * acknowledged; the audit detail's words for an acknowledged one.
   */
  private String custodianCost(
      CallerAccess access,
      String action,
      Organisation org,
      String username,
      boolean acknowledged,
      LastOwnerException.Change change) {
    var loss = custodianLosses.withoutOwner(org, username);
    if (loss.isEmpty()) {
      return "";
    }
    if (!acknowledged) {
      var refused = new CustodianLossNotAcknowledgedException(loss.get(), change);
      audit.recordIndependently(
          event(access, action, username, Outcome.FAILED, refused.getMessage()));
      throw refused;
    }
    return " Acknowledged: only "
        + loss.get().custodiansLeft()
        + " custodians remain, fewer than the threshold "
        + loss.get().threshold()
        + ".";
  }

  /**
   * An event of the organisation's chain about a member. A refused change (the last owner) is
   * recorded too, in a transaction of its own: the attempt is worth answering for although nothing
   * changed.
   */
  private static AuditRecord event(
      CallerAccess access, String action, String member, Outcome outcome, String detail) {
    return new AuditRecord(
        access.organisation(), access.username(), action, member, outcome, detail);
  }

  /** Exists: the tenancy check has just found it. */
  private Organisation organisation(String name) {
    return organisations
        .find(new OrganisationName(name))
        .orElseThrow(() -> new OrganisationNotFoundException(name));
  }

  private Membership member(Organisation organisation, String username) {
    return memberships
        .find(organisation, username)
        .orElseThrow(() -> new MemberNotFoundException(organisation.name().value(), username));
  }
}
