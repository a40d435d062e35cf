package dev.trustportal.notary.server;

/**
 * 400 {@code INVALID_UPDATE}: the server's own validation refused the upload. {@code name} and
 * {@code reason} are the {@code detail.Name} (e.g. ErrBadTargets) and {@code detail.Error.Msg}
 * (e.g. "valid signatures did not meet threshold for targets/releases").
 */
public final class InvalidUpdateException extends NotaryServerException {
  private final String name;
  private final String reason;

  public InvalidUpdateException(String message, String detail, String name, String reason) {
    super(400, "INVALID_UPDATE", message, detail);
    this.name = name;
    this.reason = reason;
  }

  public String name() {
    return name;
  }

  public String reason() {
    return reason;
  }
}
