package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/**
 * A change that does exactly what a pending one of the same repository does (filed, approved or
 * being published): owners would approve the same thing twice, and the second would fail or undo
 * nothing.
 */
public final class DuplicateChangeException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateChangeException(long pending, String summary) {
    super(
        "duplicate_change",
        "Change request "
            + pending
            + " ("
            + summary
            + ") does exactly this and is still"
            + " pending: approve or reject it instead of filing it again.",
        pending,
        summary);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
