package dev.trustportal.portal.custody;

/**
 * Root of key custody failures. They are not {@link
 * dev.trustportal.portal.common.PortalException}s: no user input causes them and no user can fix
 * them (a tampered row, a missing token, a wrong PIN), so they reach the caller as a server error
 * and the log, never as a field message.
 */
public abstract class KeyCustodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected KeyCustodyException(String message) {
    super(message);
  }

  protected KeyCustodyException(String message, Throwable cause) {
    super(message, cause);
  }
}
