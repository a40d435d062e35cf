package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Suspends the registered keys whose model the FIDO metadata reports compromised (MDS3 §3.1.4),
 * each once: the reason stays on the key, and the suspension is audited in the platform chain and
 * in the chain of every organisation its owner is a member of, whose approvals the key can no
 * longer give.
 */
@Stateless
@PermitAll
public class CompromisedKeys {

  private static final int MAX_REASON = 500;

  // Field injection: EJBs need a no-argument constructor.
  @Inject SecurityKeys keys;
  @Inject AuditLog audit;

  /**
   * @param actor who checks: the admin who uploaded the blob, or the schedule
   * @return how many keys this call suspended
   */
  public int suspendCompromised(MetadataBlob blob, String actor) {
    int suspended = 0;
    for (SecurityKey key : keys.notSuspended()) {
      Optional<MetadataEntry> entry = blob.entry(key.aaguid());
      Optional<StatusReport> compromise = entry.flatMap(MetadataEntry::compromise);
      if (compromise.isPresent()) {
        String reason = reason(entry.get(), compromise.get(), blob.serial());
        if (keys.suspend(key.id(), reason)) {
          audited(key, reason, actor);
          suspended++;
        }
      }
    }
    return suspended;
  }

  static String reason(MetadataEntry entry, StatusReport report, long serial) {
    String reason =
        "model "
            + entry.description()
            + " (AAGUID "
            + entry.aaguid()
            + ") reported "
            + report.status()
            + (report.effectiveDate() == null ? "" : " since " + report.effectiveDate())
            + " by the FIDO Metadata Service, blob no "
            + serial;
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  private void audited(SecurityKey key, String reason, String actor) {
    String detail =
        "Security key '" + key.name() + "' of " + key.username() + " is suspended: " + reason + ".";
    audit.record(
        AuditRecord.platform(actor, "security_key.suspended", key.name(), Outcome.FAILED, detail));
    for (String organisation : keys.organisationsOf(key.username())) {
      audit.record(
          new AuditRecord(
              organisation, actor, "security_key.suspended", key.name(), Outcome.FAILED, detail));
    }
  }
}
