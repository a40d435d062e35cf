package dev.trustportal.notary.server;

/** 400 {@code VERSION}: someone published a newer version meanwhile. */
public final class VersionConflictException extends NotaryServerException {
  public VersionConflictException(String message, String detail) {
    super(400, "VERSION", message, detail);
  }
}
