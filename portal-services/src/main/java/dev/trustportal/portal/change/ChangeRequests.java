package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The persistence gateway of change requests and their approvals. */
public interface ChangeRequests {

  /** Stores a new request and flushes it, so that it has its ID. */
  void store(ChangeRequest request);

  Optional<ChangeRequest> find(long id);

  /** The repository's published requests that left tags in no role, newest first (at most 20). */
  List<ChangeRequest> withDroppedTags(Repository repository);

  /** Newest first; {@code repository} empty means all of the organisation's. */
  List<ChangeRequest> page(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      PageRequest request);

  long count(
      Organisation organisation, Optional<Repository> repository, Optional<ChangeState> state);

  /**
   * One page of the organisation's requests within the reach of the caller's token, newest first.
   */
  List<ChangeRequest> page(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      TokenReach reach,
      PageRequest request);

  long count(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      TokenReach reach);

  /** How many of the organisation's requests within the token's reach are in one of the states. */
  long count(Organisation organisation, Set<ChangeState> states, TokenReach reach);

  /**
   * Records an approval; flushes so that a second approval by the same person fails here.
   *
   * @throws AlreadyApprovedException if the approver approved the request before
   */
  void storeApproval(ChangeApproval approval);

  int approvals(long changeId);

  /** Whether the person approved the request already (each owner counts once). */
  boolean approvedBy(long changeId, String approver);

  /**
   * A change of the repository with this payload digest that is filed, approved or being published.
   */
  Optional<ChangeRequest> pendingWithDigest(Repository repository, String digest);
}
