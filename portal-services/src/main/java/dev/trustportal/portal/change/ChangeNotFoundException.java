package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** No change request with that ID, or one of an organisation the caller does not belong to. */
public final class ChangeNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public ChangeNotFoundException(long id) {
    super("not_found", "There is no change request " + id + ".", id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.change";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
