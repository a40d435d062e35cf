package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/**
 * The repository has no trust data yet: its root waits for the custodians' signatures in a root
 * ceremony.
 */
public final class RootCeremonyPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootCeremonyPendingException(String gun, long ceremonyId) {
    super(
        "repository_not_initialised",
        "The repository "
            + gun
            + " has no trust data yet: its root waits for"
            + " the custodians to sign it in root ceremony "
            + ceremonyId
            + ".",
        gun,
        ceremonyId);
  }

  @Override
  public String messageKey() {
    return "error.repository_not_initialised.ceremony";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
