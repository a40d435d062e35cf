package dev.trustportal.api.change;

import dev.trustportal.portal.approval.PolicyChange;
import dev.trustportal.portal.approval.PolicyProposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A filed change of the approval policy that weakens it: what it would set ({@code proposed};
 * absent fields stay as they are), in plain words, its digest, and the owners' approvals so far
 * against the strictest count of the policy it changes.
 */
public record PolicyChangeJson(
    long id,
    String organisation,
    String state,
    String requestedBy,
    Instant filedAt,
    ApprovalPolicyJson proposed,
    List<String> summary,
    String digest,
    Approvals approvals,
    String reason) {

  /** Approvals so far, needed, and who gave them. */
  public record Approvals(int have, int need, List<String> approvers) {}

  static PolicyChangeJson of(PolicyChange c) {
    PolicyProposal p = c.proposal();
    ApprovalPolicyJson proposed =
        new ApprovalPolicyJson(
            Map.copyOf(p.approvals()),
            p.selfApproval().orElse(null),
            p.openHours().orElse(null),
            p.requiredKeys().map(Enum::name).orElse(null));
    return new PolicyChangeJson(
        c.id(),
        c.organisation(),
        c.state().name(),
        c.requestedBy(),
        c.filedAt(),
        proposed,
        p.english(),
        c.digest(),
        new Approvals(c.tally().given(), c.tally().needed(), c.approvers()),
        c.reason().orElse(null));
  }
}
