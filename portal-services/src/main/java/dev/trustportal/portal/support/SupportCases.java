package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistence gateway of support cases, their approvals, steps and reset notices; the caller's
 * transaction.
 */
public interface SupportCases {

  /** Stores a new case and flushes it, so that it has its ID. */
  void store(SupportCase supportCase);

  Optional<SupportCase> find(long id);

  /** The case, its row locked until the transaction ends: one step runs at a time. */
  Optional<SupportCase> lock(long id);

  /** The repository of any organisation with the GUN. */
  Optional<Repository> repositoryOf(String gun);

  /**
   * Newest first; {@code member} null for all cases, else the cases of organisations the person
   * belongs to; only those within the reach of the caller's token.
   */
  List<SupportCase> page(CaseFilter filter, String member, TokenReach reach, PageRequest request);

  long count(CaseFilter filter, String member, TokenReach reach);

  /**
   * How many cases not yet done or cancelled each of these GUNs has; a GUN without any is absent.
   */
  Map<String, Long> openCasesByGun(List<String> guns);

  /** Who approved, in which capacity, in the order they did. */
  Map<String, ApprovalCapacity> approvals(long caseId);

  void storeApproval(
      long caseId, String username, ApprovalCapacity capacity, long securityKeyId, Instant at);

  Set<CaseStep> completedSteps(long caseId);

  void storeCompletedStep(long caseId, CaseStep step, String detail, Instant at);

  /** The stored detail of a completed step (such as the new root key's ID), if it completed. */
  Optional<String> stepDetail(long caseId, CaseStep step);

  /** Stores the notice unless the case has one already. */
  void storeNotice(Repository repository, ResetNotice notice);

  /** The newest reset notice of the repository. */
  Optional<ResetNotice> newestNotice(Repository repository);
}
