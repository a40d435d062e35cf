package dev.trustportal.portal.notaryauth;

import jakarta.ejb.ApplicationException;

/** A token asked for a service this portal does not issue tokens for; the realm answers 400. */
@ApplicationException(rollback = true)
public class UnknownServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownServiceException(String asked, String served) {
    super(
        "This token service issues tokens for the service '"
            + served
            + "', not for '"
            + asked
            + "'.");
  }
}
