package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.util.Locale;

/**
 * An assertion (a touch of a security key) that does not prove what it should; nothing is counted.
 */
public final class AssertionRefusedException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** Why the assertion was refused. */
  public enum Reason {
    UNKNOWN_CHALLENGE(
        "The challenge is unknown, already used, for another change, or expired (after 5"
            + " minutes): ask for a new one and touch the key again."),
    UNKNOWN_KEY("The assertion was made with a key that is not registered to you."),
    POSSIBLY_CLONED(
        "The key %s is suspended: its signature counter went backwards, so it may be cloned."
            + " Register another key."),
    SUSPENDED(
        "The key %s is suspended: its model is reported compromised by the FIDO Metadata Service."
            + " Register a key of another model."),
    COUNTER_REGRESSION(
        "The key %s reported a signature counter that did not grow: it may be cloned. It is"
            + " suspended."),
    MODEL_NOT_ACCEPTED(
        "The key %s does not count here: this organisation accepts only YubiKeys whose attestation"
            + " the portal verified when they were registered. Register a YubiKey and use it."),
    USER_NOT_VERIFIED(
        "The key did not verify its user (PIN or biometrics), which the policy requires."),
    INVALID_ASSERTION("The assertion does not verify: %s");

    private final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  private final Reason reason;

  public AssertionRefusedException(Reason reason, Object detail) {
    super(
        "assertion_refused",
        String.format(Locale.ROOT, reason.text, detail),
        reason.name(),
        String.valueOf(detail));
    this.reason = reason;
  }

  public AssertionRefusedException(Reason reason) {
    this(reason, "");
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.assertion_refused." + reason.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return reason == Reason.UNKNOWN_CHALLENGE ? Kind.CONFLICT : Kind.INVALID_INPUT;
  }
}
