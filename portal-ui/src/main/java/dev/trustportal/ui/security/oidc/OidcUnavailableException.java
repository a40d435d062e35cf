package dev.trustportal.ui.security.oidc;

/**
 * Single sign-on cannot be used now: the configuration is incomplete or wrong, or the provider
 * cannot be reached or answered with something unusable. The message says which, for the log and
 * the admin; people signing in see a translated summary.
 */
public class OidcUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OidcUnavailableException(String message) {
    super(message);
  }

  public OidcUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
