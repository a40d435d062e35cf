package dev.trustportal.portal.pinning;

import dev.trustportal.portal.common.PortalException;

/**
 * The repository's trust data on notary-server diverged from what the portal pinned: the portal
 * signs nothing for it until support resolves it with a case (root rotation or trust reset).
 */
public final class RepositoryDivergedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RepositoryDivergedException(String gun, String finding) {
    super(
        "repository_diverged",
        "The trust data of "
            + gun
            + " on the notary server diverged from what the"
            + " portal pinned: "
            + finding
            + " The portal signs nothing for it until support resolves it with a"
            + " case (root rotation or trust reset); changes wait until then.",
        gun,
        finding);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
