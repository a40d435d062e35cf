package dev.trustportal.api.change;

import dev.trustportal.api.securitykey.RequestOptionsJson;
import dev.trustportal.portal.approval.ApprovalChallenge;

/**
 * What an owner signs to approve a change: the change in plain words, its digest, and the options
 * for {@code navigator.credentials.get} whose challenge is SHA-256(digest || nonce).
 */
public record ApprovalChallengeJson(
    long changeId,
    String summary,
    String digest,
    ChangeJson.Approvals approvals,
    RequestOptionsJson publicKey) {

  public static ApprovalChallengeJson of(ApprovalChallenge c) {
    return new ApprovalChallengeJson(
        c.subject().id(),
        String.join(" ", c.summary()),
        c.digest(),
        new ChangeJson.Approvals(c.approvalsGiven(), c.approvalsNeeded()),
        RequestOptionsJson.of(c.options()));
  }
}
