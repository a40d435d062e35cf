package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.AssertionOptions;
import java.util.List;

/**
 * What an approver sees and signs: the subject in plain words, its digest, the approvals so far,
 * and the WebAuthn options whose challenge is SHA-256(digest || nonce), single-use, valid 5
 * minutes.
 */
public record ApprovalChallenge(
    SubjectRef subject,
    List<String> summary,
    String digest,
    int approvalsGiven,
    int approvalsNeeded,
    AssertionOptions options) {

  public ApprovalChallenge {
    summary = List.copyOf(summary);
  }
}
