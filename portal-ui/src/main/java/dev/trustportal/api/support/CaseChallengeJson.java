package dev.trustportal.api.support;

import dev.trustportal.api.securitykey.RequestOptionsJson;
import dev.trustportal.portal.approval.ApprovalChallenge;
import java.util.List;

/**
 * What an approver signs: the plan, the case's digest, the approvals so far, and the options for
 * {@code navigator.credentials.get} whose challenge is SHA-256(digest || nonce), as for changes.
 */
public record CaseChallengeJson(
    long caseId,
    List<String> plan,
    String digest,
    CaseJson.Approvals approvals,
    RequestOptionsJson publicKey) {

  static CaseChallengeJson of(ApprovalChallenge c) {
    return new CaseChallengeJson(
        c.subject().id(),
        c.summary(),
        c.digest(),
        new CaseJson.Approvals(c.approvalsGiven(), c.approvalsNeeded(), List.of()),
        RequestOptionsJson.of(c.options()));
  }
}
