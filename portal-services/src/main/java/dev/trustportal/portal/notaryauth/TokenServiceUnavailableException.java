package dev.trustportal.portal.notaryauth;

import jakarta.ejb.ApplicationException;

/**
 * The token-signing key or certificate is not configured or not readable; the realm answers 503.
 */
@ApplicationException(rollback = true)
public class TokenServiceUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TokenServiceUnavailableException(String reason, Throwable cause) {
    super("The notary token service cannot sign tokens: " + reason + ".", cause);
  }
}
