package dev.trustportal.portal.audit;

import dev.trustportal.portal.common.PortalException;

/**
 * A filter or export of the audit log that cannot be read: an unparseable date, a range that ends
 * before it starts, an unknown outcome or export format. Nothing is read or recorded.
 */
public final class InvalidAuditFilterException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** What is wrong; names the bundle text {@code error.invalid_audit_filter.<reason>}. */
  public enum Reason {
    DATE,
    RANGE,
    OUTCOME,
    FORMAT,
    TOO_LONG
  }

  private final Reason reason;

  InvalidAuditFilterException(Reason reason, String englishMessage, Object... arguments) {
    super("invalid_audit_filter", englishMessage, arguments);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.invalid_audit_filter." + reason.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
