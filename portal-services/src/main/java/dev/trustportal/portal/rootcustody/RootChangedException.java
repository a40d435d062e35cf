package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;
import jakarta.ejb.ApplicationException;

/**
 * The repository's root on notary-server changed after a root ceremony opened: signatures over the
 * root it prepared would not chain from the current one, so the ceremony is closed as FAILED and
 * nothing is published. Not rolled back: the closing is the outcome the caller is told about.
 */
@ApplicationException(rollback = false)
public final class RootChangedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootChangedException(long id, String gun, int version) {
    super(
        "root_changed",
        "The root of "
            + gun
            + " on notary-server changed (now version "
            + version
            + ") after root ceremony "
            + id
            + " opened. The ceremony is closed and nothing was published. Open a new ceremony to"
            + " make the change on the current root.",
        id,
        gun,
        version);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
