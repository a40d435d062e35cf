package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** The organisation has no repository of that name. */
public final class RepositoryNotFoundException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RepositoryNotFoundException(String organisation, String name) {
    super(
        "not_found",
        "Organisation '" + organisation + "' has no repository named '" + name + "'.",
        organisation,
        name);
  }

  @Override
  public String messageKey() {
    return "error.not_found.repository";
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
