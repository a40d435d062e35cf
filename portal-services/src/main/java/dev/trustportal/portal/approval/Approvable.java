package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;

/**
 * A subject as its approvers see it: what it does in plain words, the digest an approval is bound to,
 * the approvals so far, and its filing where the policy's self-approval and open-period rules apply.
 */
public record Approvable(SubjectRef ref, Organisation organisation, List<String> summary, String digest, Tally tally,
    Optional<Filing> filing) {

  public Approvable {
    summary = List.copyOf(summary);
  }
}
