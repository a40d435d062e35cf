package dev.trustportal.portal.worklist;

import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.support.CaseDetails;
import java.util.List;

/** The changes and support cases of one organisation that wait for the caller's security key. */
public record WaitingApprovals(List<ChangeDetails> changes, List<CaseDetails> cases) {

  public static final WaitingApprovals NONE = new WaitingApprovals(List.of(), List.of());

  public WaitingApprovals {
    changes = List.copyOf(changes);
    cases = List.copyOf(cases);
  }

  public int count() {
    return changes.size() + cases.size();
  }
}
