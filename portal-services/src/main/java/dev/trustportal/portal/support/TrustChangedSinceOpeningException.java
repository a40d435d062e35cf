package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/**
 * The repository's delegations changed after the case was opened, so its approved plan no longer
 * says what a reset would lose; the case stops before deleting anything.
 */
public final class TrustChangedSinceOpeningException extends PortalException {

  private static final long serialVersionUID = 1L;

  public TrustChangedSinceOpeningException(long id, String gun) {
    super(
        "trust_changed_since_opening",
        "The signers of "
            + gun
            + " changed after support case "
            + id
            + " was opened, so its approved plan would re-add the wrong ones: open a new case.",
        id,
        gun);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
