package dev.trustportal.api.membership;

import dev.trustportal.portal.membership.MemberSummary;
import java.time.Instant;

/** A member as the API shows it; the role is one of OWNER, ADMIN, SIGNER, VIEWER. */
public record MemberJson(String username, String role, Instant since) {

  static MemberJson of(MemberSummary summary) {
    return new MemberJson(summary.username(), summary.role().name(), summary.since());
  }
}
