package dev.trustportal.notary.server;

/** The server or the token realm could not be reached, or the TLS handshake failed. */
public final class ServerUnreachableException extends NotaryServerException {
  public ServerUnreachableException(String what, Throwable cause) {
    super("unable to reach " + what + ": " + cause.getMessage(), cause);
  }
}
