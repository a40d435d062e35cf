package dev.trustportal.ui.security.oidc;

/** An ID token failed a check of OpenID Connect Core §3.1.3.7; the message says which. */
public class InvalidIdTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidIdTokenException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidIdTokenException(String message) {
    super(message);
  }
}
