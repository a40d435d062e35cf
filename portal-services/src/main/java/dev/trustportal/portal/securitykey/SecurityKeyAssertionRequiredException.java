package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/** Removing a security key without a fresh assertion of it or of another of the caller's keys. */
public final class SecurityKeyAssertionRequiredException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SecurityKeyAssertionRequiredException(long id, String name) {
    super(
        "assertion_required",
        "Removing the security key \""
            + name
            + "\" needs a fresh touch of it or of another of your keys (of it, if it is your last"
            + " security key). Get GET /api/v1/me/security-keys/"
            + id
            + "/removal-challenge, sign its publicKey options with navigator.credentials.get and"
            + " send the PublicKeyCredential.toJSON() as the body of the DELETE.",
        name,
        id);
  }

  @Override
  public String messageKey() {
    return "error.assertion_required.removal";
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
