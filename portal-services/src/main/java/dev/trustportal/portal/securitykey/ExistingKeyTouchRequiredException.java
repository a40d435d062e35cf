package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/**
 * Registering another key on an account that has a usable one, without a fresh touch of it: with
 * the password alone, anybody could add a key of their own.
 */
public final class ExistingKeyTouchRequiredException extends PortalException {

  private static final long serialVersionUID = 1L;

  ExistingKeyTouchRequiredException() {
    super(
        "assertion_required",
        "You have security keys already: adding another needs a fresh touch of one of them. Sign"
            + " the existingKey options of POST /api/v1/me/security-keys/registration-options with"
            + " navigator.credentials.get and send its PublicKeyCredential.toJSON() as"
            + " \"existingKey\" beside \"name\" and \"credential\".");
  }

  @Override
  public String messageKey() {
    return "error.assertion_required.existing_key";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
