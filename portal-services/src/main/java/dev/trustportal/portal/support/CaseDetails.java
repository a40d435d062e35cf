package dev.trustportal.portal.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A support case as callers outside portal-services see it: the plan in plain English ({@code
 * plan}) and as message keys ({@code planLines}, for translation), who approved and how many
 * approvals it has and needs, its state and current step, the last error of a step that failed
 * (null when none), and who cancelled it and why (empty unless CANCELLED).
 */
public record CaseDetails(
    long id,
    String gun,
    String organisation,
    String repository,
    CaseKind kind,
    String ticket,
    String reason,
    String openedBy,
    CaseState state,
    CaseStep step,
    List<String> plan,
    int approvalsHave,
    int approvalsNeed,
    List<String> approvers,
    String lastError,
    String signer,
    String keyId,
    boolean breakGlass,
    String digest,
    Instant openedAt,
    Instant updatedAt,
    List<PlanLine> planLines,
    Optional<CaseCancellation> cancellation) {

  public CaseDetails {
    plan = List.copyOf(plan);
    approvers = List.copyOf(approvers);
    planLines = List.copyOf(planLines);
  }
}
