package dev.trustportal.portal.approval;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Writes an organisation's approval policy and records each write in its audit chain; whether a
 * write may happen now (a tightening, or a weakening its owners approved) is the caller's to
 * decide.
 */
@ApplicationScoped
class ApprovalPolicyWriter {

  // Field injection, as the other beans of the feature.
  @Inject ApprovalSettingsStore settings;
  @Inject CallerContext caller;
  @Inject AuditLog audit;

  void setApprovals(Organisation org, Map<String, Integer> approvals) {
    approvals.forEach(
        (type, n) -> {
          settings.storeApprovals(org, type, n);
          audit.record(
              new AuditRecord(
                  org.name().value(),
                  caller.username(),
                  "approval_policy.changed",
                  type,
                  Outcome.SUCCEEDED,
                  type + " changes need " + n + " owner approvals."));
        });
  }

  void setSettings(Organisation org, ApprovalSettings wanted) {
    settings.store(org, wanted);
    audit.record(
        new AuditRecord(
            org.name().value(),
            caller.username(),
            "approval_policy.changed",
            org.name().value(),
            Outcome.SUCCEEDED,
            "Self-approval "
                + (wanted.selfApproval() ? "allowed" : "not allowed")
                + "; requests open for "
                + wanted.openHours()
                + " hours; keys counted: "
                + wanted.requiredKeys()
                + "."));
  }

  /** Applies an approved (or, under a policy that asks no approvals, an at once) weakening. */
  void apply(Organisation org, PolicyProposal proposal) {
    setApprovals(org, proposal.approvals());
    if (proposal.selfApproval().isPresent()
        || proposal.openHours().isPresent()
        || proposal.requiredKeys().isPresent()) {
      setSettings(org, proposal.applyTo(settings.of(org)));
    }
  }
}
