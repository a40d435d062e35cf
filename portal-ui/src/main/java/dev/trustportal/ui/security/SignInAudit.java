package dev.trustportal.ui.security;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.metrics.PortalMetrics;
import dev.trustportal.ui.security.oidc.IdTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records sign-ins in the platform chain: {@code sign-in.succeeded} by the account when a session
 * starts, {@code sign-in.failed} by {@code anonymous} with the username that was tried as its
 * target (in a transaction of its own) for every refused attempt. Failing to record is logged and
 * never changes the answer to the sign-in.
 */
@ApplicationScoped
class SignInAudit {

  static final String BASIC = "HTTP Basic";
  static final String FORM = "sign-in form";
  static final String TOKEN = "API token";
  private static final Logger LOG = Logger.getLogger(SignInAudit.class.getName());

  private final AuditLog audit;
  private final PortalMetrics metrics;

  @Inject
  SignInAudit(AuditLog audit, PortalMetrics metrics) {
    this.audit = audit;
    this.metrics = metrics;
  }

  /** For the CDI client proxy only. */
  protected SignInAudit() {
    this(null, null);
  }

  /** A sign-in that started a session, by the account. */
  void succeeded(String username, String channel) {
    record(
        false,
        AuditRecord.platform(
            username,
            "sign-in.succeeded",
            username,
            Outcome.SUCCEEDED,
            "Signed in with " + channel + "."));
  }

  /** A refused sign-in, by {@code anonymous}, with the username that was tried as its target. */
  void failed(Credential credential, String channel) {
    metrics.signInFailed(channel(credential, channel));
    String username =
        credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
    record(
        true,
        AuditRecord.platform(
            null,
            "sign-in.failed",
            username,
            Outcome.FAILED,
            "Sign-in with " + channel + " refused: " + refusal(credential) + "."));
  }

  /**
   * A client's password checks for an account are paused: recorded once per burst (the first
   * pause), not for each attempt refused during it, by {@code anonymous} with the account as its
   * target.
   */
  void throttled(String username, String client, String channel, java.time.Duration pause) {
    record(
        true,
        AuditRecord.platform(
            null,
            "sign-in.throttled",
            username,
            Outcome.DENIED,
            "Too many failed sign-ins with "
                + channel
                + " from "
                + client
                + ": its attempts for this account"
                + " pause for "
                + pause.toSeconds()
                + " seconds, growing with each further failure."));
  }

  /**
   * A refused API token, by {@code anonymous}, with the token's ID (never its secret) as target.
   */
  void tokenRefused(String tokenId, String username, String reason) {
    metrics.signInFailed(TOKEN);
    record(
        true,
        AuditRecord.platform(
            null,
            "sign-in.failed",
            username == null ? tokenId : username + " (" + tokenId + ")",
            Outcome.FAILED,
            "Sign-in with " + TOKEN + " refused: " + reason));
  }

  private void record(boolean independently, AuditRecord event) {
    try {
      if (independently) {
        audit.recordIndependently(event);
      } else {
        audit.record(event);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a sign-in attempt in the audit log", e);
    }
  }

  /** The channel of a sign-in: the callback of single sign-on signs in programmatically too. */
  static String channel(Credential credential, String requestChannel) {
    return credential instanceof IdTokenCredential ? IdTokenCredential.CHANNEL : requestChannel;
  }

  private static String refusal(Credential credential) {
    return credential instanceof IdTokenCredential
        ? "the identity provider's ID token did not pass verification (see the server log)"
        : "unknown username or wrong password";
  }
}
