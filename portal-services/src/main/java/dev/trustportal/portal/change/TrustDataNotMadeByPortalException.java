package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/**
 * An approved initialisation found trust data on notary-server whose root the portal did not make:
 * the portal never adopts it (someone could have taken the repository over while its initialisation
 * waited).
 */
public final class TrustDataNotMadeByPortalException extends PortalException {

  private static final long serialVersionUID = 1L;

  public TrustDataNotMadeByPortalException(String gun, int rootVersion) {
    super(
        "trust_data_not_made_by_portal",
        "The notary server already holds trust data for "
            + gun
            + " (root version "
            + rootVersion
            + ") that the portal did not make; the portal does not adopt it. To bring existing"
            + " trust data in, import the repository with its keys; otherwise support can delete it"
            + " with a trust reset.",
        gun,
        rootVersion);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
