package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.approval.Tally;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A request to switch an organisation's root custody, with the owners who approved it so far. */
public record CustodyChange(
    long id,
    String organisation,
    CustodyMode mode,
    int threshold,
    CustodyChangeState state,
    String requestedBy,
    Instant filedAt,
    String digest,
    int approvalsNeeded,
    List<String> approvers,
    Optional<String> reason) {

  public CustodyChange {
    approvers = List.copyOf(approvers);
  }

  public Tally tally() {
    return new Tally(approvers.size(), approvalsNeeded);
  }

  /** The change in plain words, as approvers see it. */
  public List<String> summary() {
    return List.of(
        mode == CustodyMode.OWNERS
            ? "Switch root custody of "
                + organisation
                + " to OWNERS: every repository's root keys are held by the"
                + " custodians, "
                + threshold
                + " of them sign root."
            : "Switch root custody of " + organisation + " to SERVER: the portal holds root keys.");
  }
}
