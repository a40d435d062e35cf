package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/**
 * The repository to import signs its snapshots with a key its notary client holds (the default of
 * {@code notary init}). The portal holds no snapshot key and leaves snapshots to notary-server, so
 * it could not publish: the owner hands the key to the server first, which needs their root key.
 */
public final class SnapshotKeyNotOnServerException extends PortalException {

  private static final long serialVersionUID = 1L;

  SnapshotKeyNotOnServerException(String gun) {
    super(
        "snapshot_key_not_on_server",
        "The notary server does not hold the snapshot key of "
            + gun
            + ", and the portal publishes with a"
            + " server-held snapshot key. Hand it to the server first with 'notary key rotate "
            + gun
            + " snapshot -r', then import again.",
        gun);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
