package dev.trustportal.portal.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A filed change of an organisation's approval policy that weakens it, as its owners see it.
 *
 * @param approvalsNeeded the strictest count of the policy when it was filed
 * @param approvers who approved it so far, with a security key
 * @param reason why it was turned down, once it was
 */
public record PolicyChange(
    long id,
    String organisation,
    PolicyChangeState state,
    String requestedBy,
    Instant filedAt,
    PolicyProposal proposal,
    String digest,
    int approvalsNeeded,
    List<String> approvers,
    Optional<String> reason) {

  public PolicyChange {
    approvers = List.copyOf(approvers);
  }

  public Tally tally() {
    return Quorum.of(approvalsNeeded).tally(approvers);
  }
}
