package dev.trustportal.api;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a refused API call as {@code access.denied} in the platform chain, in a transaction of its
 * own (the refused call's transaction, if any, rolls back). A failure to record is logged and does
 * not turn the 403 into a 500.
 */
@ApplicationScoped
class DeniedAccessAudit {

  private static final Logger LOG = Logger.getLogger(DeniedAccessAudit.class.getName());

  private final AuditLog audit;
  private final HttpServletRequest request;

  @Inject
  DeniedAccessAudit(AuditLog audit, HttpServletRequest request) {
    this.audit = audit;
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected DeniedAccessAudit() {
    this(null, null);
  }

  Response forbidden(Throwable refusal) {
    try {
      Principal caller = request.getUserPrincipal();
      audit.recordIndependently(
          AuditRecord.platform(
              caller == null ? null : caller.getName(),
              "access.denied",
              request.getMethod() + " " + request.getRequestURI(),
              Outcome.DENIED,
              refusal.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a refused API call in the audit log", e);
    }
    return ApiErrors.forbidden();
  }
}
