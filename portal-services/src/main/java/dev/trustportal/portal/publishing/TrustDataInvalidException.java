package dev.trustportal.portal.publishing;

import dev.trustportal.portal.common.PortalException;

/**
 * The trust data notary-server holds for a GUN is missing, does not verify, or the server refused
 * what the portal sent. The message is the bridge's, which names the role and the failed check.
 */
public final class TrustDataInvalidException extends PortalException {

  private static final long serialVersionUID = 1L;

  public TrustDataInvalidException(String gun, String reason) {
    super(
        "trust_data_invalid",
        "The trust data of " + gun + " on the notary server cannot be trusted: " + reason,
        gun,
        reason);
  }

  @Override
  public Kind kind() {
    return Kind.UPSTREAM_INVALID;
  }
}
