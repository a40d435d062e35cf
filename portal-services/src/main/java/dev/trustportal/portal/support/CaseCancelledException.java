package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** An execution of a cancelled case: nothing is carried out. */
public final class CaseCancelledException extends PortalException {

  private static final long serialVersionUID = 1L;

  public CaseCancelledException(long id, CaseCancellation cancellation) {
    super(
        "case_cancelled",
        "Support case "
            + id
            + " was cancelled by "
            + cancellation.by()
            + " ("
            + cancellation.reason()
            + "); nothing of it is carried out. Open a new case if it is needed again.",
        id,
        cancellation.by(),
        cancellation.reason());
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
