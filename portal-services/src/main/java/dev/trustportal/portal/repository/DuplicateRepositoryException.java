package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** The organisation has a repository with the requested name already. */
public final class DuplicateRepositoryException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateRepositoryException(String organisation, RepositoryName name) {
    super(
        "duplicate_name",
        "Organisation '"
            + organisation
            + "' has a repository named '"
            + name
            + "' already: choose another name.",
        organisation,
        name.value());
  }

  @Override
  public String messageKey() {
    return "error.duplicate_name.repository";
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
