package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.CustodyChange;
import java.time.Instant;
import java.util.List;

/**
 * A filed switch of root custody with its approvals so far against the policy's strictest count.
 */
public record CustodyChangeJson(
    long id,
    String organisation,
    String state,
    String mode,
    int threshold,
    String requestedBy,
    Instant filedAt,
    List<String> summary,
    String digest,
    Approvals approvals,
    String reason) {

  /** Approvals so far, needed, and who gave them. */
  public record Approvals(int have, int need, List<String> approvers) {}

  static CustodyChangeJson of(CustodyChange c) {
    return new CustodyChangeJson(
        c.id(),
        c.organisation(),
        c.state().name(),
        c.mode().name(),
        c.threshold(),
        c.requestedBy(),
        c.filedAt(),
        c.summary(),
        c.digest(),
        new Approvals(c.tally().given(), c.tally().needed(), c.approvers()),
        c.reason().orElse(null));
  }
}
