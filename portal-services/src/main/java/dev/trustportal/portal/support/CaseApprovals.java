package dev.trustportal.portal.support;

import java.util.List;
import java.util.Map;

/**
 * The approval rule of a case: the support agent who opened it approves, and so do {@code othersNeeded}
 * other people: owners of the organisation as its approval policy says (at least one), or, when no owner
 * is left, platform admins (break-glass: two platform admins in all, the agent counting as one if the
 * agent is a platform admin). Each person counts once, so a case always needs two people at least.
 *
 * @param given who approved, in which capacity, in order
 */
public record CaseApprovals(String openedBy, boolean breakGlass, int othersNeeded,
    Map<String, ApprovalCapacity> given) {

  public CaseApprovals {
    given = Map.copyOf(given);
    if (othersNeeded < 1) {
      throw new IllegalArgumentException("a case needs at least one approver besides the agent");
    }
  }

  /** How many others a case needs: the owners the policy asks for (at least one), or the break-glass admins. */
  public static int othersNeeded(boolean breakGlass, boolean openerIsPlatformAdmin, int ownersByPolicy) {
    if (breakGlass) {
      return openerIsPlatformAdmin ? 1 : 2;
    }
    return Math.max(1, ownersByPolicy);
  }

  public int need() {
    return 1 + othersNeeded;
  }

  public int have() {
    int agent = given.containsKey(openedBy) ? 1 : 0;
    long others = given.entrySet().stream().filter(e -> !e.getKey().equals(openedBy)).count();
    return agent + (int) Math.min(othersNeeded, others);
  }

  public boolean complete() {
    return have() >= need();
  }

  /** The capacity a further approver needs: {@link ApprovalCapacity#PLATFORM_ADMIN} under break-glass. */
  public ApprovalCapacity othersCapacity() {
    return breakGlass ? ApprovalCapacity.PLATFORM_ADMIN : ApprovalCapacity.OWNER;
  }

  public List<String> approvers() {
    return given.keySet().stream().sorted().toList();
  }
}
