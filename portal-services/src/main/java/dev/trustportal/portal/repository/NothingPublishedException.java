package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** An import names a GUN under which notary-server holds no trust data at all. */
public final class NothingPublishedException extends PortalException {

  private static final long serialVersionUID = 1L;

  NothingPublishedException(String gun) {
    super(
        "not_published",
        "Nothing is published on the notary server under "
            + gun
            + ": there is no trust data to import. Check"
            + " the organisation and the repository name, or create the repository instead.",
        gun);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
