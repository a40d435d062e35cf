package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;

/**
 * An owner tried to confirm their own key: the confirmation is another owner's word that the key is
 * theirs.
 */
public final class OwnKeyConfirmationException extends PortalException {

  private static final long serialVersionUID = 1L;

  OwnKeyConfirmationException(String keyName) {
    super(
        "own_key_confirmation",
        "The security key '"
            + keyName
            + "' is yours: another owner of the organisation"
            + " confirms it, or it counts after its cooling-off period.",
        keyName);
  }

  @Override
  public Kind kind() {
    return Kind.FORBIDDEN;
  }
}
