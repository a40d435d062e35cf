package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** Removing one's last security key without a fresh assertion of a key. */
public final class SecurityKeyAssertionRequiredException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SecurityKeyAssertionRequiredException(long id, String name) {
    super("assertion_required", "\"" + name + "\" is your last security key: removing it needs a fresh touch of it."
        + " Get GET /api/v1/me/security-keys/" + id + "/removal-challenge, sign its publicKey options with"
        + " navigator.credentials.get and send the PublicKeyCredential.toJSON() as the body of the DELETE.",
        name, id);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
