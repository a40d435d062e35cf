package dev.trustportal.notary.server;

/**
 * Family of failures talking to notary-server. {@code code} and {@code detail} come from the
 * server's {@code {"errors":[{"code","message","detail"}]}} body (facts §2), when there is one.
 */
public class NotaryServerException extends RuntimeException {
  private final int status;
  private final String code;
  private final String detail;

  public NotaryServerException(int status, String code, String message, String detail) {
    super(status + " " + code + ": " + message + (detail.isEmpty() ? "" : " " + detail));
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  protected NotaryServerException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.code = "UNREACHABLE";
    this.detail = "";
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The raw JSON text of {@code detail}, or empty. */
  public String detail() {
    return detail;
  }
}
