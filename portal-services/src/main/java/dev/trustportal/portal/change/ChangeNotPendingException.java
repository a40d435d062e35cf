package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** The change request is no longer waiting for approval. */
public final class ChangeNotPendingException extends PortalException {

  private static final long serialVersionUID = 1L;

  public ChangeNotPendingException(long id, ChangeState state) {
    super(
        "change_not_pending",
        "Change request " + id + " is " + state + ", no longer waiting for approval.",
        id,
        state.name());
  }

  @Override
  public String messageKey() {
    return "error.change_not_pending";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
