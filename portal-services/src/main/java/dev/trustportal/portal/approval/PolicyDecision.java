package dev.trustportal.portal.approval;

import java.util.Optional;

/**
 * What setting the policy did: the policy as it now is, and the policy change filed for what
 * weakens it, when something did and the current policy asks for approvals.
 */
public record PolicyDecision(ApprovalPolicy policy, Optional<PolicyChange> filed) {}
