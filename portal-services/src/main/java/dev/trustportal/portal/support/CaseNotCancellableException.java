package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/**
 * A cancellation of a case whose execution has begun or ended: a reset half done must be finished
 * (its steps resume where they stopped), not abandoned.
 */
public final class CaseNotCancellableException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseNotCancellableException(long id, CaseState state) {
    super(
        "case_not_cancellable",
        "Support case "
            + id
            + " is "
            + state
            + "; only a case not yet carried out (AWAITING_APPROVAL or APPROVED) can be cancelled."
            + " A case being carried out resumes where it stopped.",
        id,
        state.name());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
