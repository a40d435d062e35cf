package dev.trustportal.portal.change;

import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;

/**
 * The audit events of a change request: {@code change.filed}, {@code change.approval}, {@code
 * change.approved}, {@code change.rejected}, {@code change.published}, {@code change.failed}. The
 * target is the GUN; the detail names the request, its summary and its digest, so that an event
 * identifies exactly what was approved and published.
 */
final class ChangeAudit {

  /** The actor of what the portal does on its own: publishing an approved change. */
  static final String PUBLISHER = "trust-portal";

  private ChangeAudit() {}

  static AuditRecord of(
      ChangeRequest request, String actor, String action, Outcome outcome, String note) {
    String detail =
        "Change "
            + request.id()
            + " ("
            + request.type()
            + "): "
            + request.summary()
            + ". Digest sha256:"
            + request.digest()
            + ". "
            + note;
    return new AuditRecord(
        request.organisation().name().value(),
        actor,
        action,
        request.gun().value(),
        outcome,
        detail);
  }
}
