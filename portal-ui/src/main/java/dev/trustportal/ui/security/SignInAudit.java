package dev.trustportal.ui.security;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every sign-in attempt in the platform chain: {@code sign-in.succeeded} by the account, or
 * {@code sign-in.failed} by {@code anonymous} with the username that was tried as its target. A failed
 * attempt is recorded in a transaction of its own. Failing to record is logged and never changes the
 * answer to the sign-in.
 */
@ApplicationScoped
class SignInAudit {

  static final String BASIC = "HTTP Basic";
  static final String FORM = "sign-in form";
  private static final Logger LOG = Logger.getLogger(SignInAudit.class.getName());

  private final AuditLog audit;

  @Inject
  SignInAudit(AuditLog audit) {
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected SignInAudit() {
    this(null);
  }

  void attempted(Credential credential, CredentialValidationResult result, String channel) {
    String username =
        credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
    try {
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        String caller = result.getCallerPrincipal().getName();
        audit.record(
            AuditRecord.platform(
                caller, "sign-in.succeeded", caller, Outcome.SUCCEEDED, "Signed in with " + channel + "."));
      } else {
        audit.recordIndependently(
            AuditRecord.platform(
                null,
                "sign-in.failed",
                username,
                Outcome.FAILED,
                "Sign-in with " + channel + " refused: unknown username or wrong password."));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a sign-in attempt in the audit log", e);
    }
  }
}
