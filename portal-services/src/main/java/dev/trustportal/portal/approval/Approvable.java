package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;

/**
 * A subject as its approvers see it: what it does in plain words, the digest an approval is bound
 * to, the approvals so far, and its filing where the policy's self-approval and open-period rules
 * apply. The organisation whose policy and keys count; none for a subject of the platform (a
 * platform role request), which its kind guards itself and whose keys count once past their
 * cooling-off.
 */
public record Approvable(
    SubjectRef ref,
    Optional<Organisation> organisation,
    List<String> summary,
    String digest,
    Tally tally,
    Optional<Filing> filing) {

  public Approvable {
    summary = List.copyOf(summary);
  }
}
