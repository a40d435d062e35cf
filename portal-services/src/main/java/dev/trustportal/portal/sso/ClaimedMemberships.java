package dev.trustportal.portal.sso;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.membership.LastOwnerException;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.Organisations;
import dev.trustportal.portal.sso.ClaimReconciliation.ChangeRole;
import dev.trustportal.portal.sso.ClaimReconciliation.Grant;
import dev.trustportal.portal.sso.ClaimReconciliation.Held;
import dev.trustportal.portal.sso.ClaimReconciliation.Revoke;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies a membership claim at sign-in, in the sign-in's transaction: an organisation the claim
 * names but the portal does not know is ignored, logged and audited (a claim never creates an
 * organisation); the changes {@link ClaimReconciliation} plans are made and audited in the
 * organisation's chain; the last-owner rule holds here too, so a claim that would take away an
 * organisation's last owner is not applied (and that is audited).
 */
@ApplicationScoped
class ClaimedMemberships {

  private static final Logger LOG = Logger.getLogger(ClaimedMemberships.class.getName());

  private final Organisations organisations;
  private final Memberships memberships;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  ClaimedMemberships(
      Organisations organisations, Memberships memberships, AuditLog audit, Clock clock) {
    this.organisations = organisations;
    this.memberships = memberships;
    this.audit = audit;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected ClaimedMemberships() {
    this(null, null, null, null);
  }

  void apply(String username, List<ClaimedMembership> claimed) {
    Map<String, Organisation> known = new HashMap<>();
    Map<String, MemberRole> roles = new HashMap<>();
    ClaimReconciliation.strongest(claimed)
        .forEach(
            (name, role) ->
                existing(name, username)
                    .ifPresent(
                        org -> {
                          known.put(name, org);
                          roles.put(name, role);
                        }));
    Map<String, Held> held = new HashMap<>();
    Map<String, Membership> byOrganisation = new HashMap<>();
    for (Membership membership : memberships.grantedByClaim(username)) {
      byOrganisation.put(membership.organisationName(), membership);
    }
    known.forEach(
        (name, org) -> memberships.find(org, username).ifPresent(m -> byOrganisation.put(name, m)));
    byOrganisation.forEach((name, m) -> held.put(name, new Held(m.role(), m.isGrantedByClaim())));
    for (ClaimReconciliation.Change change : ClaimReconciliation.plan(roles, held)) {
      Membership membership = byOrganisation.get(change.organisation());
      if (change instanceof Grant grant) {
        grant(known.get(grant.organisation()), username, grant.role());
      } else if (change instanceof ChangeRole changeRole) {
        changeRole(membership, changeRole);
      } else if (change instanceof Revoke) {
        revoke(membership);
      }
    }
  }

  private Optional<Organisation> existing(String name, String username) {
    Optional<Organisation> organisation;
    try {
      organisation = organisations.find(new OrganisationName(name));
    } catch (InvalidOrganisationNameException notAName) {
      organisation = Optional.empty();
    }
    if (organisation.isEmpty()) {
      LOG.warning(
          () ->
              "The membership claim of '"
                  + username
                  + "' names organisation '"
                  + name
                  + "', which does not exist here; ignored.");
      audit.record(
          AuditRecord.platform(
              username,
              "membership.claim-ignored",
              name,
              Outcome.FAILED,
              "The membership claim names organisation '"
                  + name
                  + "', which does not exist here: ignored,"
                  + " nothing created."));
    }
    return organisation;
  }

  private void grant(Organisation organisation, String username, MemberRole role) {
    memberships.store(Membership.grantedByClaim(organisation, username, role, clock.instant()));
    record(
        organisation.name().value(),
        username,
        "membership.claim-granted",
        Outcome.SUCCEEDED,
        "Granted " + role + " by the identity provider's membership claim.");
  }

  private void changeRole(Membership membership, ChangeRole change) {
    String organisation = membership.organisationName();
    long owners =
        memberships.lockAndCountOwners(
            organisations.find(new OrganisationName(organisation)).orElseThrow());
    try {
      membership.changeRole(change.to(), owners);
      record(
          organisation,
          membership.username(),
          "membership.claim-changed",
          Outcome.SUCCEEDED,
          "Role changed from "
              + change.from()
              + " to "
              + change.to()
              + " by the identity provider's membership claim.");
    } catch (LastOwnerException lastOwner) {
      refused(
          organisation,
          membership.username(),
          "the claim would demote the last owner to " + change.to());
    }
  }

  private void revoke(Membership membership) {
    String organisation = membership.organisationName();
    long owners =
        memberships.lockAndCountOwners(
            organisations.find(new OrganisationName(organisation)).orElseThrow());
    try {
      membership.requireRemovable(owners);
      memberships.remove(membership);
      record(
          organisation,
          membership.username(),
          "membership.claim-revoked",
          Outcome.SUCCEEDED,
          membership.role()
              + " taken back: the identity provider's membership claim no longer names it.");
    } catch (LastOwnerException lastOwner) {
      refused(organisation, membership.username(), "the claim no longer names the last owner");
    }
  }

  private void refused(String organisation, String username, String why) {
    LOG.warning(
        () -> "Membership of '" + username + "' in '" + organisation + "' kept: " + why + ".");
    record(
        organisation,
        username,
        "membership.claim-not-applied",
        Outcome.FAILED,
        "Kept as it is: " + why + "; an organisation needs an owner to approve changes of trust.");
  }

  private void record(
      String organisation, String username, String action, Outcome outcome, String detail) {
    audit.record(new AuditRecord(organisation, username, action, username, outcome, detail));
  }
}
