package dev.trustportal.portal.publishing;

import dev.trustportal.portal.common.PortalException;

/** notary-server could not be reached, or failed on its side; nothing was changed. */
public final class NotaryUnavailableException extends PortalException {

  private static final long serialVersionUID = 1L;

  public NotaryUnavailableException(String reason) {
    super(
        "notary_unavailable",
        "The notary server is not available ("
            + reason
            + "); nothing was changed. Try again later.",
        reason);
  }

  @Override
  public Kind kind() {
    return Kind.UPSTREAM_UNAVAILABLE;
  }
}
