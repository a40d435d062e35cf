package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** The repository has no trust data yet: its initialisation waits for the owners' approval. */
public final class RepositoryNotInitialisedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RepositoryNotInitialisedException(String gun, long changeId) {
    super(
        "repository_not_initialised",
        "The repository "
            + gun
            + " has no trust data yet: its initialisation"
            + " (change "
            + changeId
            + ") waits for the owners' approval. Approve it first.",
        gun,
        changeId);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
