package dev.trustportal.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records refused accesses as {@value #ACTION}, in a transaction of their own (the refused call's
 * transaction rolls back). One event per refused request: a request may be refused by more than one
 * check (a view's gate, then the error handler), and echoes of one refusal would only flood the
 * chain. Failing to record is logged and never changes the refusal itself.
 */
@ApplicationScoped
public class AccessDenials {

  public static final String ACTION = "access.denied";
  private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

  private final AuditLog audit;
  private final AuditedRequest request;

  @Inject
  AccessDenials(AuditLog audit, AuditedRequest request) {
    this.audit = audit;
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected AccessDenials() {
    this(null, null);
  }

  /**
   * Records that the actor was refused, unless this request has been recorded as refused already.
   * The target is what the request asked for, as the web tier described it; without a description
   * (a timer, a button click), the organisation.
   *
   * @param organisation the organisation whose chain gets the event, {@code null} for the platform
   *     chain (refusals that concern no existing organisation)
   * @param reason why, for a human reader
   */
  public void record(String organisation, String actor, String reason) {
    try {
      if (!firstDenialOfRequest()) {
        return;
      }
      String target =
          describedRequest().orElse(organisation == null ? null : "organisation " + organisation);
      audit.recordIndependently(
          new AuditRecord(organisation, actor, ACTION, target, Outcome.DENIED, reason));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a refused access in the audit log", e);
    }
  }

  /** Records that a caller was refused an organisation they are not a member of. */
  public void recordNonMember(String organisation, String username) {
    record(organisation, username, "'" + username + "' is not a member of '" + organisation + "'.");
  }

  /** Outside a request (no request context), every refusal is its own. */
  private boolean firstDenialOfRequest() {
    try {
      return request.firstDenial();
    } catch (ContextNotActiveException noRequest) {
      return true;
    }
  }

  private Optional<String> describedRequest() {
    try {
      return request.description();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }
}
