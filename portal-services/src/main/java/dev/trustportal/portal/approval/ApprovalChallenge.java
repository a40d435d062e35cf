package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.AssertionOptions;

/**
 * What an owner sees and signs to approve a change: the change in plain words, its digest, and the
 * WebAuthn options whose challenge is derived from that digest.
 */
public record ApprovalChallenge(long changeId, String summary, String digest, int approvalsGiven,
    int approvalsNeeded, AssertionOptions options) {}
