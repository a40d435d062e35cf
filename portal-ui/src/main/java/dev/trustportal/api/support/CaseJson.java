package dev.trustportal.api.support;

import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.PlanLine;
import java.time.Instant;
import java.util.List;

/**
 * A support case as the API shows it: the plan in plain English, approvals {@code {"have", "need"}}
 * and who gave them, the state machine's {@code state} and {@code step}, and {@code lastError} of a
 * step that failed (null when none). {@code planLines} carry the plan as message keys and arguments
 * for translation; {@code cancellation} says who cancelled a CANCELLED case and why (null
 * otherwise).
 */
public record CaseJson(
    long id,
    String gun,
    String organisation,
    String repository,
    String kind,
    String ticket,
    String reason,
    String signer,
    String keyId,
    String openedBy,
    Instant openedAt,
    Instant updatedAt,
    String state,
    String step,
    List<String> plan,
    List<PlanLine> planLines,
    String digest,
    Approvals approvals,
    boolean breakGlass,
    String lastError,
    Cancellation cancellation) {

  /**
   * How many approvals the case has and needs (the agent plus owners, or break-glass admins), and
   * whose.
   */
  public record Approvals(int have, int need, List<String> approvers) {}

  /** Who cancelled the case before it was carried out, and why. */
  public record Cancellation(String by, String reason) {}

  static CaseJson of(CaseDetails c) {
    return new CaseJson(
        c.id(),
        c.gun(),
        c.organisation(),
        c.repository(),
        c.kind().name(),
        c.ticket(),
        c.reason(),
        c.signer(),
        c.keyId(),
        c.openedBy(),
        c.openedAt(),
        c.updatedAt(),
        c.state().name(),
        c.step().name(),
        c.plan(),
        c.planLines(),
        c.digest(),
        new Approvals(c.approvalsHave(), c.approvalsNeed(), c.approvers()),
        c.breakGlass(),
        c.lastError(),
        c.cancellation().map(x -> new Cancellation(x.by(), x.reason())).orElse(null));
  }
}
