package dev.trustportal.portal.organisation;

import dev.trustportal.portal.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of organisations; paging happens in the database. */
public interface Organisations {

  Optional<Organisation> find(OrganisationName name);

  /**
   * Stores a new organisation and flushes it, so that a unique-name violation surfaces here.
   *
   * @throws DuplicateOrganisationException if the database already holds the name
   */
  void store(Organisation organisation);

  /** The organisations of one page, ordered by name. */
  List<Organisation> page(PageRequest request);

  long count();

  /** The organisation, when the person is a member of it. */
  Optional<Organisation> findForMember(OrganisationName name, String username);

  /** The organisations the person is a member of, one page, ordered by name. */
  List<Organisation> pageOfMember(String username, PageRequest request);

  long countOfMember(String username);

  /**
   * As {@link #pageOfMember(String, PageRequest)}, only those whose name contains {@code part} (any
   * case).
   */
  List<Organisation> pageOfMember(String username, String part, PageRequest request);

  long countOfMember(String username, String part);
}
