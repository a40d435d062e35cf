package dev.trustportal.portal.support;

import jakarta.ejb.ApplicationException;

/**
 * A trust reset of a repository whose custodians hold its root waits at its INITIALISE step until
 * they have signed the new root in root ceremony {@code ceremonyId}. The step's transaction is
 * committed, not rolled back: it opened that ceremony. Carrying out the case again resumes there.
 */
@ApplicationException(rollback = false)
public final class RootCeremonyAwaitedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RootCeremonyAwaitedException(long caseId, String gun, long ceremonyId) {
    super(
        "Support case "
            + caseId
            + " waits for root ceremony "
            + ceremonyId
            + ": the custodians of "
            + gun
            + " sign its new root there (its root keys are theirs, so the portal cannot). Carry"
            + " out the case again when the ceremony is published.");
  }
}
