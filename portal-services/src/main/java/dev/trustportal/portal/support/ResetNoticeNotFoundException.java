package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** The repository has no reset notice: it was never reset (or there is no such repository). */
public final class ResetNoticeNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public ResetNoticeNotFoundException(String organisation, String repository) {
    super(
        "not_found",
        "Repository '"
            + repository
            + "' of '"
            + organisation
            + "' has no reset notice: its trust"
            + " data was never reset.",
        organisation,
        repository);
  }

  @Override
  public String messageKey() {
    return "error.not_found.reset_notice";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
