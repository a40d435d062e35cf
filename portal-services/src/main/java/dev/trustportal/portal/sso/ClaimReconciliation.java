package dev.trustportal.portal.sso;

import dev.trustportal.portal.membership.MemberRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides, without touching anything, how a sign-in changes a person's memberships so that the ones
 * a claim granted match the claim: grant what the claim names and the person lacks, change the role
 * of a claim-granted membership whose role the claim changed, take back a claim-granted membership
 * the claim no longer names. A membership granted in the portal is the portal's: the claim neither
 * changes nor removes it.
 */
final class ClaimReconciliation {

  /** One change to make, in the organisation named. */
  sealed interface Change permits Grant, ChangeRole, Revoke {
    String organisation();
  }

  record Grant(String organisation, MemberRole role) implements Change {}

  record ChangeRole(String organisation, MemberRole from, MemberRole to) implements Change {}

  record Revoke(String organisation, MemberRole role) implements Change {}

  /** A membership the person holds now. */
  record Held(MemberRole role, boolean grantedByClaim) {}

  private ClaimReconciliation() {}

  /**
   * The strongest role the claim names for each organisation (a person in both {@code
   * /orgs/acme/OWNER} and {@code /orgs/acme/VIEWER} is an owner); roles are declared strongest
   * first.
   */
  static Map<String, MemberRole> strongest(List<ClaimedMembership> claimed) {
    Map<String, MemberRole> roles = new TreeMap<>();
    for (ClaimedMembership membership : claimed) {
      roles.merge(
          membership.organisation(), membership.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    return roles;
  }

  /**
   * @param claimed the role the claim names, by existing organisation
   * @param held the person's memberships by organisation: at least those of the claimed
   *     organisations and every claim-granted one
   * @return the changes, ordered by organisation
   */
  static List<Change> plan(Map<String, MemberRole> claimed, Map<String, Held> held) {
    List<Change> changes = new ArrayList<>();
    claimed.forEach(
        (organisation, role) -> {
          Held now = held.get(organisation);
          if (now == null) {
            changes.add(new Grant(organisation, role));
          } else if (now.grantedByClaim() && now.role() != role) {
            changes.add(new ChangeRole(organisation, now.role(), role));
          }
        });
    held.forEach(
        (organisation, now) -> {
          if (now.grantedByClaim() && !claimed.containsKey(organisation)) {
            changes.add(new Revoke(organisation, now.role()));
          }
        });
    changes.sort(Comparator.comparing(Change::organisation));
    return changes;
  }
}
