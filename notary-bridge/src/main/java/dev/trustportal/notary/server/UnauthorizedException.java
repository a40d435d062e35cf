package dev.trustportal.notary.server;

/** 401 from the server (always 401, never 403) or from the token realm. */
public final class UnauthorizedException extends NotaryServerException {
  public UnauthorizedException(String code, String message, String detail) {
    super(401, code, message, detail);
  }
}
