package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** No case with that ID, or one of an organisation the caller does not belong to. */
public final class SupportCaseNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SupportCaseNotFoundException(long id) {
    super("not_found", "There is no support case " + id + ".", id);
  }

  @Override
  public String messageKey() {
    return "error.not_found.support_case";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
