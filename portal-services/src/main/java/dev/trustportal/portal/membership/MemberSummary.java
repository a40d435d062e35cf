package dev.trustportal.portal.membership;

import java.time.Instant;

/** What callers outside portal-services see of a membership. */
public record MemberSummary(String username, MemberRole role, Instant since) {

  static MemberSummary of(Membership membership) {
    return new MemberSummary(membership.username(), membership.role(), membership.createdAt());
  }
}
