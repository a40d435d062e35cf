package dev.trustportal.portal.sso;

import java.util.List;

/**
 * What a sign-in says about the person's memberships. {@link #NOT_USED} when the portal takes no
 * membership from tokens (then the portal alone manages them); otherwise the complete list the
 * claim names, possibly empty, which the claim-granted memberships are brought in line with.
 */
public record MembershipClaim(boolean used, List<ClaimedMembership> memberships) {

  public static final MembershipClaim NOT_USED = new MembershipClaim(false, List.of());

  public MembershipClaim {
    memberships = List.copyOf(memberships);
    if (!used && !memberships.isEmpty()) {
      throw new IllegalArgumentException("An unused membership claim names no membership.");
    }
  }

  public static MembershipClaim of(List<ClaimedMembership> memberships) {
    return new MembershipClaim(true, memberships);
  }
}
