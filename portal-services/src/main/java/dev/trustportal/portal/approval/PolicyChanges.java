package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of policy changes and their approvals; the caller's transaction. */
public interface PolicyChanges {

  /** Stores a new change, FILED, and returns its ID. */
  long file(
      Organisation organisation,
      String requestedBy,
      Instant filedAt,
      PolicyProposal proposal,
      String digest,
      int approvalsNeeded);

  /** The change, locked for the caller's transaction when {@code lock}. */
  Optional<PolicyChange> find(long id, boolean lock);

  /** The organisation's changes waiting for approval, oldest first. */
  List<PolicyChange> pending(Organisation organisation);

  /**
   * @throws PolicyChangeAlreadyApprovedException if the approver approved it before
   */
  void storeApproval(long id, String approver, long securityKeyId, Instant at);

  void decide(long id, PolicyChangeState state, Instant at, String reason);
}
