package dev.trustportal.portal.support;

import dev.trustportal.portal.securitykey.AssertionOptions;
import java.util.List;

/**
 * What an approver sees and signs: the case's plan, its digest, the approvals so far, and the WebAuthn
 * options whose challenge is SHA-256(digest || nonce), single-use, valid 5 minutes.
 */
public record CaseChallenge(long caseId, List<String> plan, String digest, int approvalsHave, int approvalsNeed,
    AssertionOptions options) {

  public CaseChallenge {
    plan = List.copyOf(plan);
  }
}
